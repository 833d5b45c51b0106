using System;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace AutopilotTools.Tests.Pretrained
{
    /// <summary>A minimal PNG writer (8-bit RGB, no filtering) for images generated in tests: System.Drawing is Windows-only.</summary>
    public static class Png
    {
        private static readonly uint[] CrcTable = BuildCrcTable();

        /// <param name="pixels">Row-major RGB: <c>pixels[y, x] = (r, g, b)</c>.</param>
        public static byte[] Encode((byte R, byte G, byte B)[,] pixels)
        {
            int height = pixels.GetLength(0), width = pixels.GetLength(1);
            using var output = new MemoryStream();
            output.Write(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
            var header = new byte[13];
            WriteBigEndian(header, 0, (uint)width);
            WriteBigEndian(header, 4, (uint)height);
            header[8] = 8; // bit depth
            header[9] = 2; // truecolour
            Chunk(output, "IHDR", header);

            using var raw = new MemoryStream();
            for (int y = 0; y < height; y++)
            {
                raw.WriteByte(0); // filter: none
                for (int x = 0; x < width; x++)
                {
                    raw.WriteByte(pixels[y, x].R);
                    raw.WriteByte(pixels[y, x].G);
                    raw.WriteByte(pixels[y, x].B);
                }
            }

            using var compressed = new MemoryStream();
            using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
            {
                raw.Position = 0;
                raw.CopyTo(zlib);
            }

            Chunk(output, "IDAT", compressed.ToArray());
            Chunk(output, "IEND", Array.Empty<byte>());
            return output.ToArray();
        }

        private static void Chunk(Stream output, string type, byte[] data)
        {
            var length = new byte[4];
            WriteBigEndian(length, 0, (uint)data.Length);
            output.Write(length);
            byte[] typeAndData = new byte[4 + data.Length];
            Encoding.ASCII.GetBytes(type).CopyTo(typeAndData, 0);
            data.CopyTo(typeAndData, 4);
            output.Write(typeAndData);
            var crc = new byte[4];
            WriteBigEndian(crc, 0, Crc(typeAndData));
            output.Write(crc);
        }

        private static uint Crc(byte[] bytes)
        {
            uint c = 0xFFFFFFFF;
            foreach (byte b in bytes)
            {
                c = CrcTable[(c ^ b) & 0xFF] ^ (c >> 8);
            }

            return c ^ 0xFFFFFFFF;
        }

        private static uint[] BuildCrcTable()
        {
            var table = new uint[256];
            for (uint n = 0; n < 256; n++)
            {
                uint c = n;
                for (int k = 0; k < 8; k++)
                {
                    c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
                }

                table[n] = c;
            }

            return table;
        }

        private static void WriteBigEndian(byte[] buffer, int offset, uint value)
        {
            buffer[offset] = (byte)(value >> 24);
            buffer[offset + 1] = (byte)(value >> 16);
            buffer[offset + 2] = (byte)(value >> 8);
            buffer[offset + 3] = (byte)value;
        }
    }
}
