using System;
using System.IO;

namespace AutopilotTools.Invoking
{
    /// <summary>The content type a file is sent with by Invoke-AutoMLEndpoint -Path, from its extension.</summary>
    internal static class ImageContentTypes
    {
        /// <summary>image/jpeg or image/png by extension; anything else goes as application/x-image, which image models read too.</summary>
        public static string Of(string path) => Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".jpg" or ".jpeg" => "image/jpeg",
            ".png" => "image/png",
            _ => "application/x-image",
        };
    }
}
