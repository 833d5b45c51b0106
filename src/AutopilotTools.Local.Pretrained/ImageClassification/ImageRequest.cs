using System;
using System.Collections.Generic;
using System.IO;
using AutopilotTools.Local.AutoML.Responses;
using AutopilotTools.Local.Pretrained.Classification;

namespace AutopilotTools.Local.Pretrained.ImageClassification
{
    /// <summary>
    /// An InvokeEndpoint request of one image (<c>image/jpeg</c>, <c>image/png</c>, <c>application/x-image</c>): written
    /// to a temporary file, which the featurizer reads as it reads training images, and removed afterwards.
    /// </summary>
    internal static class ImageRequest
    {
        public static readonly IReadOnlyList<string> ContentTypes = new[] { "image/jpeg", "image/png", "application/x-image" };

        /// <exception cref="FormatException">The body is empty or not an image.</exception>
        public static IReadOnlyList<Prediction> Predict(ClassifierModel<string> model, ReadOnlyMemory<byte> body)
        {
            if (body.IsEmpty)
            {
                throw new FormatException("The request has no image.");
            }

            string path = Path.Combine(Path.GetTempPath(), "autopilot-image-" + Guid.NewGuid().ToString("N"));
            try
            {
                File.WriteAllBytes(path, body.ToArray());
                if (!ImageData.IsImage(path))
                {
                    throw new FormatException("The request body is not an image the model can decode (JPEG, PNG, BMP, GIF or WebP).");
                }

                return model.Predict(new[] { path });
            }
            finally
            {
                File.Delete(path);
            }
        }
    }
}
