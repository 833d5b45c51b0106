using System;
using System.Management.Automation;
using System.Net;
using AutopilotTools.Client.Connection;

namespace AutopilotTools.Infrastructure
{
    /// <summary>
    /// Lets -Credential take what users have: an AWSCredentials object (ours, or one from AWS Tools for PowerShell,
    /// which carry their own copy of the SDK), a PSCredential with the access key as user name and the secret key as
    /// password, or a hashtable with AccessKey, SecretKey and SessionToken. Anything else fails at binding time.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class CredentialTransformationAttribute : ArgumentTransformationAttribute
    {
        public override object Transform(EngineIntrinsics engineIntrinsics, object inputData)
        {
            object value = PSObjects.Unwrap(inputData)!;
            if (value is PSCredential credential)
            {
                value = new NetworkCredential(credential.UserName, credential.Password);
            }

            try
            {
                return CredentialConverter.ConvertForBinding(value);
            }
            catch (ConnectionException e)
            {
                throw new ArgumentTransformationMetadataException(
                    Resources.Strings.Format(Resources.ErrorIds.UnsupportedCredential, value.GetType().FullName), e);
            }
        }
    }
}
