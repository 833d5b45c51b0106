using System.Text;
using AutopilotTools.Local.S3.Checksums;
using Xunit;

namespace AutopilotTools.Tests.Local
{
    /// <summary>The server's CRCs against the published check values (the CRC of "123456789").</summary>
    public sealed class ChecksumTests
    {
        [Theory]
        [InlineData("CRC32", 0xCBF43926UL)]
        [InlineData("CRC32C", 0xE3069283UL)]
        [InlineData("CRC64NVME", 0xAE8B14860A799888UL)]
        public void CrcsMatchTheirCheckValues(string algorithm, ulong check)
        {
            var crc = (ReflectedCrc)ChecksumAlgorithms.Create(algorithm);
            crc.Append(Encoding.ASCII.GetBytes("1234"));
            crc.Append(Encoding.ASCII.GetBytes("56789"));

            Assert.Equal(check, crc.Value);
        }
    }
}
