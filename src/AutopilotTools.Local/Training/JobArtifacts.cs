using System.Formats.Tar;
using System.IO;
using System.IO.Compression;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Local.AutoML;
using AutopilotTools.Local.S3;

namespace AutopilotTools.Local.Training
{
    /// <summary>
    /// Where a job's artifacts go in the server's S3 store, under <c>&lt;S3OutputPath&gt;/&lt;job&gt;/</c>:
    /// <c>candidates/&lt;candidate&gt;/model.tar.gz</c> (the candidate's model directory: sidecar, ML.NET model, ensemble
    /// members), <c>reports/data-exploration/</c> and <c>reports/model-insights/</c> (each report as JSON and HTML), and a
    /// candidate's further artifacts by kind (<c>candidates/&lt;candidate&gt;/BacktestResults/</c>).
    /// </summary>
    internal sealed class JobArtifacts
    {
        private readonly LocalObjects _objects;
        private readonly string _scratch;

        public JobArtifacts(LocalObjects objects, S3Location root, string scratch)
        {
            _objects = objects;
            Root = root;
            _scratch = scratch;
        }

        public S3Location Root { get; }

        /// <summary>Packs and uploads a candidate's model directory; returns its ModelDataUrl.</summary>
        public async Task<string> UploadModelAsync(CandidateResult candidate, CancellationToken cancellationToken)
        {
            Directory.CreateDirectory(_scratch);
            string archive = Path.Combine(_scratch, candidate.Name + ".tar.gz");
            await using (var file = new FileStream(archive, FileMode.Create, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            await using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
            {
                await TarFile.CreateFromDirectoryAsync(candidate.ModelDirectory!, gzip, includeBaseDirectory: false, cancellationToken);
            }

            S3Location location = ModelLocation(candidate.Name);
            await _objects.PutFileAsync(location, archive, "application/gzip", cancellationToken);
            File.Delete(archive);
            return location.ToString();
        }

        /// <summary>Where candidates' model archives go: their training jobs' output path.</summary>
        public S3Location CandidatesRoot => Root.Combine("candidates/");

        /// <summary>Where a candidate's model archive goes (or would have gone, for one that did not complete).</summary>
        public S3Location ModelLocation(string candidateName) => CandidatesRoot.Combine($"{candidateName}/model.tar.gz");

        /// <summary>Uploads a folder of a candidate's artifacts under <c>candidates/&lt;candidate&gt;/&lt;kind&gt;/</c>; returns that prefix.</summary>
        public async Task<S3Location> UploadCandidateFolderAsync(string candidate, string kind, string folder, CancellationToken cancellationToken)
        {
            S3Location prefix = CandidatesRoot.Combine($"{candidate}/{kind}/");
            foreach (string file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories))
            {
                string key = Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/');
                await _objects.PutFileAsync(prefix.Combine(key), file, ContentTypeOf(file), cancellationToken);
            }

            return prefix;
        }

        private static string ContentTypeOf(string file) => Path.GetExtension(file).ToLowerInvariant() switch
        {
            ".csv" => "text/csv",
            ".json" => "application/json",
            ".html" => "text/html; charset=utf-8",
            _ => "application/octet-stream",
        };

        /// <summary>Uploads a report's JSON and HTML under <c>reports/&lt;kind&gt;/</c>; returns that prefix and the HTML's location.</summary>
        public async Task<(S3Location Prefix, S3Location Html)> UploadReportAsync(ReportFiles report, string kind, CancellationToken cancellationToken)
        {
            S3Location prefix = Root.Combine($"reports/{kind}/");
            S3Location html = prefix.Combine(Path.GetFileName(report.HtmlPath));
            await _objects.PutFileAsync(prefix.Combine(Path.GetFileName(report.JsonPath)), report.JsonPath, "application/json", cancellationToken);
            await _objects.PutFileAsync(html, report.HtmlPath, "text/html; charset=utf-8", cancellationToken);
            return (prefix, html);
        }
    }
}
