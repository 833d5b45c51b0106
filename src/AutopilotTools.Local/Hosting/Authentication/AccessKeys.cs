using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Text;

namespace AutopilotTools.Local.Hosting.Authentication
{
    /// <summary>
    /// The keys the server accepts, and their SigV4 signing keys per day, region and service. Deriving one costs four
    /// HMACs and is the same for every request of a day, so it is derived once and kept (a handful per key at most).
    /// </summary>
    internal sealed class AccessKeys
    {
        private readonly Dictionary<string, byte[]> _secrets = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<(string Key, string Date, string Region, string Service), byte[]> _signingKeys =
            new ConcurrentDictionary<(string, string, string, string), byte[]>();

        public AccessKeys(IEnumerable<LocalServerCredential> credentials)
        {
            foreach (LocalServerCredential credential in credentials)
            {
                byte[] secret = Encoding.UTF8.GetBytes("AWS4" + credential.SecretAccessKey);
                if (_secrets.TryGetValue(credential.AccessKeyId, out byte[]? known) && !known.AsSpan().SequenceEqual(secret))
                {
                    throw new ArgumentException($"The access key '{credential.AccessKeyId}' is given twice with different secrets.");
                }

                _secrets[credential.AccessKeyId] = secret;
            }
        }

        public int Count => _secrets.Count;

        public IEnumerable<string> Ids => _secrets.Keys;

        public bool Contains(string accessKeyId) => _secrets.ContainsKey(accessKeyId);

        /// <summary>kSigning = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service), "aws4_request").</summary>
        public byte[] SigningKey(string accessKeyId, string date, string region, string service) =>
            _signingKeys.GetOrAdd((accessKeyId, date, region, service), k =>
            {
                byte[] dateKey = SigV4.Hmac(_secrets[k.Key], k.Date);
                byte[] regionKey = SigV4.Hmac(dateKey, k.Region);
                byte[] serviceKey = SigV4.Hmac(regionKey, k.Service);
                return SigV4.Hmac(serviceKey, SigV4.Terminator);
            });
    }
}
