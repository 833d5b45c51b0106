using System;
using System.Collections.Concurrent;

namespace AutopilotTools.Local.S3.Checksums
{
    /// <summary>
    /// The reflected CRCs S3 offers (CRC32, CRC32C, CRC64NVME): all start from all ones and end XORed with all ones;
    /// they differ in width and polynomial. Table-driven, one byte at a time, which is plenty for a local server.
    /// </summary>
    internal sealed class ReflectedCrc : IChecksum
    {
        private static readonly ConcurrentDictionary<ulong, ulong[]> Tables = new ConcurrentDictionary<ulong, ulong[]>();

        private readonly ulong[] _table;
        private readonly int _bytes;
        private readonly ulong _mask;
        private ulong _crc;

        private ReflectedCrc(ulong reflectedPolynomial, int bits)
        {
            _table = Tables.GetOrAdd(reflectedPolynomial, BuildTable);
            _bytes = bits / 8;
            _mask = bits == 64 ? ulong.MaxValue : (1UL << bits) - 1;
            _crc = _mask;
        }

        public static ReflectedCrc Crc32() => new ReflectedCrc(0xEDB88320, 32);

        public static ReflectedCrc Crc32C() => new ReflectedCrc(0x82F63B78, 32);

        public static ReflectedCrc Crc64Nvme() => new ReflectedCrc(0x9A6C9329AC4BC9B5, 64);

        public void Append(ReadOnlySpan<byte> data)
        {
            ulong crc = _crc;
            foreach (byte b in data)
            {
                crc = _table[(byte)(crc ^ b)] ^ (crc >> 8);
            }

            _crc = crc;
        }

        public ulong Value => (_crc ^ _mask) & _mask;

        public void Dispose()
        {
        }

        public string ToBase64()
        {
            byte[] bigEndian = new byte[_bytes];
            ulong value = Value;
            for (int i = _bytes - 1; i >= 0; i--)
            {
                bigEndian[i] = (byte)value;
                value >>= 8;
            }

            return Convert.ToBase64String(bigEndian);
        }

        private static ulong[] BuildTable(ulong polynomial)
        {
            var table = new ulong[256];
            for (ulong i = 0; i < 256; i++)
            {
                ulong c = i;
                for (int bit = 0; bit < 8; bit++)
                {
                    c = (c & 1) != 0 ? (c >> 1) ^ polynomial : c >> 1;
                }

                table[i] = c;
            }

            return table;
        }
    }
}
