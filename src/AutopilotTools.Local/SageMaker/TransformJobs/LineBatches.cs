using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;

namespace AutopilotTools.Local.SageMaker.TransformJobs
{
    /// <summary>
    /// An object split by Line into the requests a transform sends: as many lines as fit in MaxPayloadInMB (one each
    /// for BatchStrategy SingleRecord), every line ending in a newline. Empty lines are no records and are skipped.
    /// A line that alone is larger than the payload allows fails the job, as in SageMaker.
    /// </summary>
    internal static class LineBatches
    {
        public static async IAsyncEnumerable<LineBatch> ReadAsync(Stream stream, long maxPayloadBytes, int maxRecords, string objectUri, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
            var batch = new MemoryStream();
            int first = 0;
            int records = 0;
            int lineNumber = 0;
            string? line;
            while ((line = await reader.ReadLineAsync(cancellationToken)) != null)
            {
                lineNumber++;
                if (line.Length == 0)
                {
                    continue;
                }

                byte[] bytes = Encoding.UTF8.GetBytes(line + "\n");
                if (bytes.Length > maxPayloadBytes)
                {
                    throw new TransformFailure(
                        $"Line {lineNumber} of {objectUri} is {bytes.Length} bytes, more than MaxPayloadInMB allows in one request ({maxPayloadBytes} bytes).");
                }

                if (records > 0 && (batch.Length + bytes.Length > maxPayloadBytes || records == maxRecords))
                {
                    yield return new LineBatch(first, lineNumber - 1, batch.ToArray(), records);
                    batch.SetLength(0);
                    records = 0;
                }

                if (records == 0)
                {
                    first = lineNumber;
                }

                batch.Write(bytes);
                records++;
            }

            if (records > 0)
            {
                yield return new LineBatch(first, lineNumber, batch.ToArray(), records);
            }
        }
    }

    /// <summary>One request's worth of lines: where they are in the object (1-based, inclusive) and the body sent.</summary>
    internal sealed record LineBatch(int FirstLine, int LastLine, byte[] Body, int Records)
    {
        public string Lines => FirstLine == LastLine ? $"line {FirstLine}" : $"lines {FirstLine}-{LastLine}";
    }
}
