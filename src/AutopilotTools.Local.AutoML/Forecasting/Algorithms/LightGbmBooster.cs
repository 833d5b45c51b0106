using System;
using System.Runtime.InteropServices;
using System.Text;

namespace AutopilotTools.Local.AutoML.Forecasting.Algorithms
{
    /// <summary>
    /// A LightGBM booster through LightGBM's C API (the <c>lib_lightgbm</c> the engine's <c>LightGBM</c> package
    /// ships for ML.NET): ML.NET's LightGBM trainers have no quantile objective, the native library does.
    /// </summary>
    internal sealed class LightGbmBooster : IDisposable
    {
        private const string Library = "lib_lightgbm";
        private const int Float32 = 0;
        private const int Float64 = 1;

        private IntPtr _handle;

        private LightGbmBooster(IntPtr handle) => _handle = handle;

        /// <summary>Trains on row-major features (NaN is missing) for <paramref name="iterations"/> rounds.</summary>
        public static LightGbmBooster Train(double[] features, int rows, int columns, float[] labels, string parameters, int iterations)
        {
            Check(LGBM_DatasetCreateFromMat(features, Float64, rows, columns, 1, parameters, IntPtr.Zero, out IntPtr dataset));
            try
            {
                Check(LGBM_DatasetSetField(dataset, "label", labels, labels.Length, Float32));
                Check(LGBM_BoosterCreate(dataset, parameters, out IntPtr booster));
                var trained = new LightGbmBooster(booster);
                for (int i = 0; i < iterations; i++)
                {
                    Check(LGBM_BoosterUpdateOneIter(booster, out int finished));
                    if (finished != 0)
                    {
                        break;
                    }
                }

                // The model string keeps no pointer to the dataset: reloading it makes a booster of its own.
                string model = trained.ModelString();
                trained.Dispose();
                return Load(model);
            }
            finally
            {
                LGBM_DatasetFree(dataset);
            }
        }

        public static LightGbmBooster Load(string model)
        {
            Check(LGBM_BoosterLoadModelFromString(model, out _, out IntPtr booster));
            return new LightGbmBooster(booster);
        }

        public string ModelString()
        {
            Check(LGBM_BoosterSaveModelToString(_handle, 0, -1, 0, 0, out long length, null));
            var buffer = new byte[length];
            Check(LGBM_BoosterSaveModelToString(_handle, 0, -1, 0, length, out _, buffer));
            return Encoding.UTF8.GetString(buffer, 0, (int)Math.Max(0, length - 1));
        }

        /// <summary>Predicts row-major features; one value per row.</summary>
        public double[] Predict(double[] features, int rows, int columns)
        {
            var result = new double[rows];
            Check(LGBM_BoosterPredictForMat(_handle, features, Float64, rows, columns, 1, 0, 0, -1, "num_threads=1", out long _, result));
            return result;
        }

        public void Dispose()
        {
            if (_handle != IntPtr.Zero)
            {
                LGBM_BoosterFree(_handle);
                _handle = IntPtr.Zero;
            }
        }

        private static void Check(int result)
        {
            if (result != 0)
            {
                throw new InvalidOperationException("LightGBM: " + Marshal.PtrToStringUTF8(LGBM_GetLastError()));
            }
        }

        [DllImport(Library)]
        private static extern IntPtr LGBM_GetLastError();

        [DllImport(Library)]
        private static extern int LGBM_DatasetCreateFromMat(double[] data, int dataType, int rows, int columns, int rowMajor, [MarshalAs(UnmanagedType.LPUTF8Str)] string parameters, IntPtr reference, out IntPtr dataset);

        [DllImport(Library)]
        private static extern int LGBM_DatasetSetField(IntPtr dataset, [MarshalAs(UnmanagedType.LPUTF8Str)] string field, float[] data, int count, int type);

        [DllImport(Library)]
        private static extern int LGBM_DatasetFree(IntPtr dataset);

        [DllImport(Library)]
        private static extern int LGBM_BoosterCreate(IntPtr dataset, [MarshalAs(UnmanagedType.LPUTF8Str)] string parameters, out IntPtr booster);

        [DllImport(Library)]
        private static extern int LGBM_BoosterUpdateOneIter(IntPtr booster, out int finished);

        [DllImport(Library)]
        private static extern int LGBM_BoosterSaveModelToString(IntPtr booster, int startIteration, int iterations, int importanceType, long bufferLength, out long length, byte[]? buffer);

        [DllImport(Library)]
        private static extern int LGBM_BoosterLoadModelFromString([MarshalAs(UnmanagedType.LPUTF8Str)] string model, out int iterations, out IntPtr booster);

        [DllImport(Library)]
        private static extern int LGBM_BoosterPredictForMat(IntPtr booster, double[] data, int dataType, int rows, int columns, int rowMajor, int predictType, int startIteration, int iterations, [MarshalAs(UnmanagedType.LPUTF8Str)] string parameters, out long length, double[] result);

        [DllImport(Library)]
        private static extern int LGBM_BoosterFree(IntPtr booster);
    }
}
