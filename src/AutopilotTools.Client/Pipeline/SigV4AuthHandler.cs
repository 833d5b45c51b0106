using System.Collections.Generic;
using Amazon.Runtime;
using Amazon.Runtime.Credentials.Internal;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Auth;

namespace AutopilotTools.Client.Pipeline
{
    /// <summary>Every operation of both services is signed with SigV4; without this step the SDK chooses no signer.</summary>
    internal sealed class SigV4AuthHandler : BaseAuthResolverHandler
    {
        protected override List<IAuthSchemeOption> ResolveAuthOptions(IExecutionContext executionContext) => AuthSchemeOption.DEFAULT_SIGV4;
    }
}
