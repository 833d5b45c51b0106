using System;
using System.Linq;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace AutopilotTools.Local.Pretrained.Classification
{
    /// <summary>Reads an ML.NET multiclass model's <c>Score</c> column: one probability per label key, in key order.</summary>
    internal static class Scores
    {
        public static double[][] Read(IDataView scored, int classes) =>
            scored.GetColumn<VBuffer<float>>("Score").Select(score =>
            {
                var row = new double[classes];
                float[] values = score.DenseValues().ToArray();
                for (int k = 0; k < Math.Min(classes, values.Length); k++)
                {
                    row[k] = values[k];
                }

                return row;
            }).ToArray();

        /// <summary>The mean of several models' probabilities, row by row.</summary>
        public static double[][] Average(params double[][][] members) =>
            Enumerable.Range(0, members[0].Length)
                .Select(r => Enumerable.Range(0, members[0][r].Length).Select(k => members.Average(m => m[r][k])).ToArray())
                .ToArray();
    }
}
