using System;

namespace AutopilotTools.Local.AutoML.Forecasting.Algorithms
{
    /// <summary>Ridge least squares by the normal equations and a Cholesky factorisation (small designs: tens of columns).</summary>
    internal static class LeastSquares
    {
        /// <summary>The coefficients minimising |Xb - y|² + ridge·|b|² (the first column, the intercept, is not penalised).</summary>
        public static double[] Solve(double[][] rows, double[] y, double ridge)
        {
            var penalties = new double[rows[0].Length];
            for (int a = 1; a < penalties.Length; a++)
            {
                penalties[a] = ridge;
            }

            return Solve(rows, y, penalties);
        }

        /// <summary>The coefficients minimising |Xb - y|² + Σ penalty[a]·b[a]².</summary>
        public static double[] Solve(double[][] rows, double[] y, double[] penalties)
        {
            int p = rows[0].Length;
            var gram = new double[p, p];
            var moment = new double[p];
            for (int i = 0; i < rows.Length; i++)
            {
                double[] x = rows[i];
                for (int a = 0; a < p; a++)
                {
                    moment[a] += x[a] * y[i];
                    for (int b = 0; b <= a; b++)
                    {
                        gram[a, b] += x[a] * x[b];
                    }
                }
            }

            for (int a = 0; a < p; a++)
            {
                // A touch of ridge on every column keeps a constant or collinear column solvable.
                gram[a, a] += penalties[a] + 1e-9 + (1e-10 * Math.Max(1, gram[a, a]));
            }

            // Cholesky: gram = L·Lᵀ, L in the lower triangle.
            for (int j = 0; j < p; j++)
            {
                double sum = gram[j, j];
                for (int k = 0; k < j; k++)
                {
                    sum -= gram[j, k] * gram[j, k];
                }

                gram[j, j] = Math.Sqrt(Math.Max(sum, 1e-12));
                for (int i = j + 1; i < p; i++)
                {
                    double s = gram[i, j];
                    for (int k = 0; k < j; k++)
                    {
                        s -= gram[i, k] * gram[j, k];
                    }

                    gram[i, j] = s / gram[j, j];
                }
            }

            var z = new double[p];
            for (int i = 0; i < p; i++)
            {
                double s = moment[i];
                for (int k = 0; k < i; k++)
                {
                    s -= gram[i, k] * z[k];
                }

                z[i] = s / gram[i, i];
            }

            var b2 = new double[p];
            for (int i = p - 1; i >= 0; i--)
            {
                double s = z[i];
                for (int k = i + 1; k < p; k++)
                {
                    s -= gram[k, i] * b2[k];
                }

                b2[i] = s / gram[i, i];
            }

            return b2;
        }
    }
}
