using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.Http;

namespace AutopilotTools.Local.S3
{
    /// <summary>S3's XML: results in the 2006-03-01 namespace, errors without one, times in ISO 8601 with milliseconds.</summary>
    internal static class S3Xml
    {
        public static readonly XNamespace Namespace = "http://s3.amazonaws.com/doc/2006-03-01/";

        /// <summary>An element in S3's namespace; null content is left out, so optional members simply vanish.</summary>
        public static XElement E(string name, params object?[] content) => new XElement(Namespace + name, content);

        /// <summary>An element with text, or nothing when the text is null.</summary>
        public static XElement? Optional(string name, string? value) => value == null ? null : E(name, value);

        public static string Time(DateTime utc) => utc.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

        /// <summary>HTTP dates (Last-Modified), which carry whole seconds.</summary>
        public static string HttpDate(DateTime utc) => utc.ToUniversalTime().ToString("R", CultureInfo.InvariantCulture);

        public static string Bool(bool value) => value ? "true" : "false";

        public static async Task WriteAsync(HttpResponse response, XElement root, int status, CancellationToken cancellationToken)
        {
            byte[] body = Serialize(root);
            response.StatusCode = status;
            response.ContentType = "application/xml";
            response.ContentLength = body.Length;
            await response.Body.WriteAsync(body, cancellationToken);
        }

        public static byte[] Serialize(XElement root)
        {
            using var buffer = new MemoryStream();
            var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false };
            using (var writer = XmlWriter.Create(buffer, settings))
            {
                new XDocument(new XDeclaration("1.0", "UTF-8", null), root).Save(writer);
            }

            return buffer.ToArray();
        }

        /// <summary>Reads a request's XML body (bounded); MalformedXML when it is not XML.</summary>
        public static async Task<XElement> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
        {
            using var buffer = new MemoryStream();
            byte[] chunk = new byte[16384];
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    throw S3Error.MalformedXml();
                }

                buffer.Write(chunk, 0, read);
            }

            try
            {
                buffer.Position = 0;
                return XElement.Load(buffer);
            }
            catch (XmlException)
            {
                throw S3Error.MalformedXml();
            }
        }
    }
}
