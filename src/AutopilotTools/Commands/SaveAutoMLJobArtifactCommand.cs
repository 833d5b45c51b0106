using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Artifacts;
using AutopilotTools.Client.Connection;
using AutopilotTools.Client.Errors;
using AutopilotTools.Client.Storage;
using AutopilotTools.Identity;
using AutopilotTools.Infrastructure;
using AutopilotTools.Model;
using AutopilotTools.Resources;

namespace AutopilotTools.Commands
{
    /// <summary>
    /// Downloads a job's artifacts (its data exploration and candidate definition notebooks, and its best
    /// candidate's reports and model archives), or a piped candidate's, into a folder: every object at each artifact
    /// location, checked against S3's checksums, one output object per file as it lands. Existing files are kept
    /// unless -Force, as Copy-Item and Save-Help do.
    /// </summary>
    [Cmdlet(VerbsData.Save, "AutoMLJobArtifact", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = CandidateSet)]
    [OutputType(typeof(AutoMLArtifactFile))]
    public sealed class SaveAutoMLJobArtifactCommand : AutopilotCmdlet
    {
        private const string CandidateSet = "Candidate";
        private const string JobSet = "Job";
        private const int ProgressActivityId = 1;
        private static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(250);

        private long _bytesWritten;

        /// <summary>A candidate from Get-AutoMLCandidate: its reports and model archives.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = CandidateSet)]
        public AutoMLCandidate? Candidate { get; set; }

        /// <summary>A job (name, ARN or object): its own artifacts and its best candidate's, or -CandidateName's.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = JobSet)]
        [Alias("Name", "AutoMLJobArn")]
        [ArgumentCompleter(typeof(AutoMLJobNameCompleter))]
        public AutoMLJobIdentity? AutoMLJobName { get; set; }

        /// <summary>The candidate whose artifacts come with the job's, instead of its best.</summary>
        [Parameter(ParameterSetName = JobSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(CandidateNameCompleter))]
        public string? CandidateName { get; set; }

        /// <summary>The folder to save into (created when missing); the current location when absent.</summary>
        [Parameter(Position = 1)]
        [ValidateNotNullOrEmpty]
        [Alias("DestinationPath")]
        public string Path { get; set; } = ".";

        /// <summary>Only these kinds of artifact; all when absent.</summary>
        [Parameter]
        public AutoMLArtifactKind[]? Kind { get; set; }

        /// <summary>Replace files that already exist.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            AutoMLJobIdentity job = Candidate != null ? new AutoMLJobIdentity(Candidate) : AutoMLJobName!;
            ForJob(job, SageMakerOperations.DescribeAutoMLJobV2, jobName =>
            {
                IReadOnlyList<ArtifactSource>? sources = Candidate != null
                    ? ArtifactSources.OfCandidate(jobName, Candidate)
                    : SourcesOfJob(jobName);
                if (sources != null)
                {
                    Save(sources, Candidate != null ? $"Candidate '{Candidate.CandidateName}' of job '{jobName}'" : $"Job '{jobName}'", job.Input);
                }
            });
        }

        /// <summary>The job's artifacts and its best candidate's (or -CandidateName's); null when that candidate does not exist.</summary>
        private IReadOnlyList<ArtifactSource>? SourcesOfJob(string jobName)
        {
            DescribeAutoMLJobV2Response job = Await(SageMaker.DescribeAutoMLJobV2Async(new DescribeAutoMLJobV2Request { AutoMLJobName = jobName }, CancelToken));
            Model.AutoMLCandidate? candidate = job.BestCandidate;
            if (CandidateName != null && Wanted.Any(kind => !ArtifactSources.IsJobKind(kind)))
            {
                var request = new ListCandidatesForAutoMLJobRequest { AutoMLJobName = jobName, CandidateNameEquals = CandidateName };
                candidate = Await(SageMaker.ListCandidatesForAutoMLJobAsync(request, CancelToken)).Candidates?.FirstOrDefault();
                if (candidate == null)
                {
                    WriteError(ErrorRecords.Create(
                        new ItemNotFoundException(Strings.Format(ErrorIds.CandidateNotFound, CandidateName, jobName)),
                        ErrorIds.CandidateNotFound, ErrorCategory.ObjectNotFound, CandidateName, CandidateName, jobName));
                    return null;
                }
            }

            return ArtifactSources.OfJob(job, candidate);
        }

        private IReadOnlyCollection<AutoMLArtifactKind> Wanted =>
            Kind is { Length: > 0 } ? Kind : (AutoMLArtifactKind[])Enum.GetValues(typeof(AutoMLArtifactKind));

        /// <summary>Lists every wanted location first (so progress knows the whole size), then saves object by object.</summary>
        private void Save(IReadOnlyList<ArtifactSource> sources, string owner, object input)
        {
            string root = SessionState.Path.GetUnresolvedProviderPathFromPSPath(Path);
            S3Downloader downloader = ClientCache.Downloader(Connection);
            var files = new List<(ArtifactSource Source, S3ObjectEntry Entry)>();
            foreach (AutoMLArtifactKind kind in Wanted)
            {
                List<ArtifactSource> ofKind = sources.Where(s => s.Kind == kind).ToList();
                if (ofKind.Count == 0)
                {
                    NotAvailable(owner, kind, "the API gives no location for it.", input);
                }

                foreach (ArtifactSource source in ofKind)
                {
                    IReadOnlyList<S3ObjectEntry>? found = List(downloader, source);
                    if (found != null && found.Count == 0)
                    {
                        NotAvailable(owner, kind, $"nothing is stored at {source.S3Uri}.", source.S3Uri);
                    }

                    files.AddRange((found ?? Array.Empty<S3ObjectEntry>()).Select(entry => (source, entry)));
                }
            }

            var progress = new ProgressRecord(ProgressActivityId, $"Saving artifacts: {owner}", "Starting");
            long total = files.Sum(f => f.Entry.Size);
            Interlocked.Exchange(ref _bytesWritten, 0);
            try
            {
                for (int i = 0; i < files.Count; i++)
                {
                    SaveOne(downloader, files[i].Source, files[i].Entry, root, progress, $"{i + 1} of {files.Count}: {files[i].Entry.Location}", total);
                }
            }
            finally
            {
                if (files.Count > 0)
                {
                    progress.RecordType = ProgressRecordType.Completed;
                    WriteProgress(progress);
                }
            }
        }

        private IReadOnlyList<S3ObjectEntry>? List(S3Downloader downloader, ArtifactSource source)
        {
            if (!Client.Storage.S3Location.TryParse(source.S3Uri, out Client.Storage.S3Location location))
            {
                WriteError(ErrorRecords.Create(
                    new InvalidDataException(source.S3Uri), ErrorIds.ArtifactNotAvailable, ErrorCategory.InvalidData, source.S3Uri,
                    Owner(source), source.Kind, $"its location '{source.S3Uri}' is not an s3:// URI."));
                return null;
            }

            try
            {
                return Await(downloader.ListAsync(location, CancelToken));
            }
            catch (Exception e) when (ServiceFailure.IsServiceFailure(e))
            {
                WriteError(ErrorRecords.Service("ListObjectsV2", e, source.S3Uri));
                return null;
            }
        }

        private void SaveOne(S3Downloader downloader, ArtifactSource source, S3ObjectEntry entry, string root, ProgressRecord progress, string status, long total)
        {
            string uri = entry.Location.ToString();
            string? path = ArtifactPaths.LocalPath(root, source.Folder, entry.RelativeKey);
            if (path == null)
            {
                WriteError(ErrorRecords.Create(
                    new InvalidDataException(uri), ErrorIds.ArtifactKeyOutsideFolder, ErrorCategory.InvalidData, uri, source.Kind, uri, root));
                return;
            }

            if (!ShouldProcess(path, $"Save {source.Kind} artifact {uri}"))
            {
                return;
            }

            if ((File.Exists(path) && !Force) || Directory.Exists(path))
            {
                WriteError(ErrorRecords.Create(
                    new IOException(Strings.Format(ErrorIds.ArtifactFileExists, path, source.Kind, uri)), ErrorIds.ArtifactFileExists, ErrorCategory.ResourceExists, path, path, source.Kind, uri));
                return;
            }

            progress.StatusDescription = status;
            DownloadedObject downloaded;
            try
            {
                downloaded = Await(WithProgress(downloader.DownloadAsync(entry, path, read => Interlocked.Add(ref _bytesWritten, read), CancelToken), progress, total));
            }
            catch (InvalidDataException e)
            {
                WriteError(ErrorRecords.Create(e, ErrorIds.ArtifactChecksumMismatch, ErrorCategory.InvalidData, uri, source.Kind, uri, path, e.Message));
                return;
            }
            catch (Exception e) when (ServiceFailure.Of(e) != null)
            {
                WriteError(ErrorRecords.Service("GetObject", e, uri));
                return;
            }
            catch (Exception e) when (ServiceFailure.IsServiceFailure(e) || e is UnauthorizedAccessException)
            {
                WriteError(ErrorRecords.Create(e, ErrorIds.ArtifactSaveFailed, ErrorCategory.WriteError, uri, source.Kind, uri, path, e.Message));
                return;
            }

            WriteObject(new AutoMLArtifactFile
            {
                Path = path,
                Kind = source.Kind,
                Source = uri,
                Size = downloaded.Size,
                Checksums = downloaded.Checksums.ToArray(),
                AutoMLJobName = source.AutoMLJobName,
                CandidateName = source.CandidateName,
                LastModified = entry.LastModified,
            });
        }

        /// <summary>Writes progress from the pipeline thread while the download runs, every quarter second, by bytes of the whole job.</summary>
        private Task<T> WithProgress<T>(Task<T> download, ProgressRecord progress, long total)
        {
            do
            {
                long written = Interlocked.Read(ref _bytesWritten);
                progress.PercentComplete = total > 0 ? (int)Math.Min(100, written * 100 / total) : -1;
                WriteProgress(progress);
            }
            while (!((IAsyncResult)download).AsyncWaitHandle.WaitOne(ProgressInterval));
            return download;
        }

        private void NotAvailable(string owner, AutoMLArtifactKind kind, string reason, object target)
        {
            if (Kind is { Length: > 0 })
            {
                // Asked for by name: its absence is an error. Among all kinds, most jobs lack some, which is no news.
                WriteError(ErrorRecords.Create(
                    new ItemNotFoundException(Strings.Format(ErrorIds.ArtifactNotAvailable, owner, kind, reason)), ErrorIds.ArtifactNotAvailable, ErrorCategory.ObjectNotFound, target, owner, kind, reason));
            }
            else
            {
                WriteVerbose(Strings.Format(ErrorIds.ArtifactNotAvailable, owner, kind, reason));
            }
        }

        private static string Owner(ArtifactSource source) =>
            source.CandidateName != null ? $"Candidate '{source.CandidateName}' of job '{source.AutoMLJobName}'" : $"Job '{source.AutoMLJobName}'";
    }
}
