using System;
using System.Collections.Generic;
using System.Linq;

namespace AutopilotTools.Tests.Pretrained
{
    /// <summary>
    /// Generated images of known difficulty: a filled circle, square or triangle of random size, place and colour on a
    /// random light background, 64×64 PNG. The label is the shape; colour and place tell nothing.
    /// </summary>
    public static class ShapeImages
    {
        public static readonly string[] Labels = { "circle", "square", "triangle" };

        private const int Side = 64;

        /// <summary><paramref name="perLabel"/> images of each shape, drawn from <paramref name="seed"/>.</summary>
        public static List<(string Name, byte[] Png, string Label)> Make(int perLabel, int seed)
        {
            var random = new Random(seed);
            var images = new List<(string, byte[], string)>();
            for (int i = 0; i < perLabel; i++)
            {
                foreach (string label in Labels)
                {
                    images.Add(($"{label}-{seed}-{i:000}.png", Png.Encode(Draw(label, random)), label));
                }
            }

            return images;
        }

        private static (byte, byte, byte)[,] Draw(string shape, Random random)
        {
            (byte, byte, byte) background = ((byte)random.Next(180, 256), (byte)random.Next(180, 256), (byte)random.Next(180, 256));
            (byte, byte, byte) ink = ((byte)random.Next(0, 140), (byte)random.Next(0, 140), (byte)random.Next(0, 140));
            double size = random.Next(18, 28), cx = random.Next(24, 40), cy = random.Next(24, 40);
            var pixels = new (byte, byte, byte)[Side, Side];
            for (int y = 0; y < Side; y++)
            {
                for (int x = 0; x < Side; x++)
                {
                    double dx = x - cx, dy = y - cy;
                    bool inside = shape switch
                    {
                        "circle" => dx * dx + dy * dy <= size * size,
                        "square" => Math.Abs(dx) <= size * 0.85 && Math.Abs(dy) <= size * 0.85,
                        // Apex up: the half-width grows from 0 at the top to size at the bottom.
                        _ => dy >= -size && dy <= size && Math.Abs(dx) <= (dy + size) / 2,
                    };
                    pixels[y, x] = inside ? ink : background;
                }
            }

            return pixels;
        }
    }
}
