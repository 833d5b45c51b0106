using System;
using System.Collections.Generic;
using System.Formats.Tar;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using Amazon.S3.Model;
using AutopilotTools.Tests.Hosting;
using Xunit;

namespace AutopilotTools.Tests.Local
{
    /// <summary>
    /// Issue 16, item 1: Save-AutoMLJobArtifact against the trained churn job (a data exploration report, the best
    /// candidate's model insights and explainability prefix, three candidates' model archives), compared byte for
    /// byte with what the server's S3 holds.
    /// </summary>
    [Collection(LocalTrainingCollection.Name)]
    public sealed class SaveArtifactTests : IDisposable
    {
        private const string Job = TrainedChurnServer.JobName;

        private readonly TrainedChurnServer _trained;
        private readonly string _folder = TempDirectories.Create();

        public SaveArtifactTests(TrainedChurnServer trained) => _trained = trained;

        public void Dispose() => TempDirectories.Remove(_folder);

        [Fact]
        public async Task AJobSavesItsReportAndItsBestCandidatesReportsAndArchiveAsS3HasThem()
        {
            using PowerShellSession session = Session();
            RunResult run = session.RunScript("Save-AutoMLJobArtifact $args[0] -Path $args[1] @conn", Job, _folder).ThrowIfErrors();

            AutoMLArtifactFile[] files = run.Output.Select(o => (AutoMLArtifactFile)o.BaseObject).ToArray();
            string best = _trained.Job.BestCandidate!.CandidateName!;
            Assert.Equal(
                new[] { "DataExploration/data-exploration.html", $"{best}/Explainability/model-insights.html", $"{best}/Explainability/model-insights.json", $"{best}/Model/model.tar.gz", $"{best}/ModelInsights/model-insights.html", $"{best}/ModelInsights/model-insights.json" },
                files.Select(f => Path.GetRelativePath(_folder, f.Path).Replace('\\', '/')).OrderBy(p => p, StringComparer.Ordinal));
            foreach (AutoMLArtifactFile file in files)
            {
                byte[] stored = await StoredBytesAsync(file.Source);
                Assert.Equal(stored, await File.ReadAllBytesAsync(file.Path));
                Assert.Equal(stored.LongLength, file.Size);
                Assert.Equal(new[] { "MD5" }, file.Checksums);
                Assert.Equal(Job, file.AutoMLJobName);
                Assert.Equal(file.Kind == AutoMLArtifactKind.DataExploration ? null : best, file.CandidateName);
            }

            Assert.Equal(_trained.Job.AutoMLJobArtifacts!.DataExplorationNotebookLocation, files.Single(f => f.Kind == AutoMLArtifactKind.DataExploration).Source);
            Assert.Equal(_trained.Job.BestCandidate.InferenceContainers!.Single().ModelDataUrl, files.Single(f => f.Kind == AutoMLArtifactKind.Model).Source);
            Assert.NotEmpty(run.Progress);
            Assert.Equal(ProgressRecordType.Completed, run.Progress[^1].RecordType);
            Assert.Empty(Directory.EnumerateFiles(_folder, "*.partial", SearchOption.AllDirectories));
        }

        [Fact]
        public void APipedCandidateSavesOnlyTheKindAskedForAndTheArchiveIsAValidTarGz()
        {
            using PowerShellSession session = Session();
            RunResult run = session.RunScript("Get-AutoMLCandidate $args[0] -Best @conn | Save-AutoMLJobArtifact -Kind Model -Path $args[1] @conn", Job, _folder).ThrowIfErrors();

            AutoMLArtifactFile archive = run.Single<AutoMLArtifactFile>();
            Assert.Equal(AutoMLArtifactKind.Model, archive.Kind);
            Assert.Equal(Path.Combine(_folder, _trained.Job.BestCandidate!.CandidateName!, "Model", "model.tar.gz"), archive.Path);
            using var gzip = new GZipStream(File.OpenRead(archive.Path), CompressionMode.Decompress);
            using var tar = new TarReader(gzip);
            var entries = new List<string>();
            while (tar.GetNextEntry() is TarEntry entry)
            {
                entries.Add(entry.Name);
            }

            Assert.NotEmpty(entries);
        }

        [Fact]
        public void EveryPipedCandidateGetsItsOwnFolderSoTheirArchivesNeverMeet()
        {
            using PowerShellSession session = Session();
            RunResult run = session.RunScript("Get-AutoMLCandidate $args[0] @conn | Save-AutoMLJobArtifact -Kind Model -Path $args[1] @conn", Job, _folder).ThrowIfErrors();

            AutoMLArtifactFile[] archives = run.Output.Select(o => (AutoMLArtifactFile)o.BaseObject).ToArray();
            Assert.Equal(3, archives.Length);
            Assert.Equal(3, archives.Select(a => a.Path).Distinct().Count());
            Assert.All(archives, a => Assert.Equal(Path.Combine(_folder, a.CandidateName!, "Model", "model.tar.gz"), a.Path));
        }

        [Fact]
        public async Task CandidateNameChoosesWhoseArtifactsComeWithTheJobsAndAnUnknownOneIsAnError()
        {
            using PowerShellSession session = Session();
            var candidates = await _trained.Server.SageMaker().ListCandidatesForAutoMLJobAsync(new Model.ListCandidatesForAutoMLJobRequest { AutoMLJobName = Job }, default);
            Model.AutoMLCandidate other = candidates.Candidates!.First(c => c.CandidateName != _trained.Job.BestCandidate!.CandidateName);

            RunResult run = session.RunScript("Save-AutoMLJobArtifact $args[0] -CandidateName $args[1] -Kind Model -Path $args[2] @conn; Save-AutoMLJobArtifact $args[0] -CandidateName nobody -Kind Model -Path $args[2] @conn", Job, other.CandidateName, _folder);

            AutoMLArtifactFile archive = run.Single<AutoMLArtifactFile>();
            Assert.Equal(other.InferenceContainers!.Single().ModelDataUrl, archive.Source);
            Assert.Equal(Path.Combine(_folder, other.CandidateName!, "Model", "model.tar.gz"), archive.Path);
            ErrorRecord unknown = Assert.Single(run.Errors);
            Assert.Equal("CandidateNotFound,AutopilotTools.Commands.SaveAutoMLJobArtifactCommand", unknown.FullyQualifiedErrorId);
            Assert.Equal("nobody", unknown.TargetObject);
        }

        [Fact]
        public void APipedJobSavesTheKindAskedForAndAKindItLacksIsAnError()
        {
            using PowerShellSession session = Session();
            RunResult run = session.RunScript("Get-AutoMLJobV2 $args[0] @conn | Save-AutoMLJobArtifact -Kind DataExploration, BacktestResults -Path $args[1] @conn", Job, _folder);

            AutoMLArtifactFile report = run.Single<AutoMLArtifactFile>();
            Assert.Equal(AutoMLArtifactKind.DataExploration, report.Kind);
            ErrorRecord missing = Assert.Single(run.Errors);
            Assert.Equal("ArtifactNotAvailable,AutopilotTools.Commands.SaveAutoMLJobArtifactCommand", missing.FullyQualifiedErrorId);
            Assert.Contains("BacktestResults", missing.ErrorDetails.Message);
        }

        [Fact]
        public async Task AnExistingFileIsKeptWithAnErrorNamingItAndForceReplacesIt()
        {
            using PowerShellSession session = Session();
            session.RunScript("Save-AutoMLJobArtifact $args[0] -Kind DataExploration -Path $args[1] @conn", Job, _folder).ThrowIfErrors();
            string path = Path.Combine(_folder, "DataExploration", "data-exploration.html");
            await File.WriteAllTextAsync(path, "mine");

            RunResult kept = session.RunScript("Save-AutoMLJobArtifact $args[0] -Kind DataExploration -Path $args[1] @conn", Job, _folder);
            Assert.Empty(kept.Output);
            ErrorRecord exists = Assert.Single(kept.Errors);
            Assert.Equal("ArtifactFileExists,AutopilotTools.Commands.SaveAutoMLJobArtifactCommand", exists.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.ResourceExists, exists.CategoryInfo.Category);
            Assert.Equal(path, exists.TargetObject);
            Assert.Contains("-Force", exists.ErrorDetails.Message);
            Assert.Equal("mine", await File.ReadAllTextAsync(path));

            RunResult forced = session.RunScript("Save-AutoMLJobArtifact $args[0] -Kind DataExploration -Path $args[1] -Force @conn", Job, _folder).ThrowIfErrors();
            Assert.Equal(path, forced.Single<AutoMLArtifactFile>().Path);
            Assert.Equal(await StoredBytesAsync(_trained.Job.AutoMLJobArtifacts!.DataExplorationNotebookLocation!), await File.ReadAllBytesAsync(path));
        }

        [Fact]
        public void WhatIfSaysWhatWouldBeSavedAndWritesNothing()
        {
            using PowerShellSession session = Session();
            string target = Path.Combine(_folder, "whatif");
            RunResult run = session.RunScript("Save-AutoMLJobArtifact $args[0] -Path $args[1] -WhatIf @conn", Job, target).ThrowIfErrors();

            Assert.Empty(run.Output);
            Assert.False(Directory.Exists(target));
            Assert.Contains("What if:", run.HostText);
            Assert.Contains("model.tar.gz", run.HostText);
            Assert.Contains("data-exploration.html", run.HostText);
        }

        [Fact]
        public async Task AnObjectCorruptedInTheStoreIsNotSavedAndTheMismatchIsAnError()
        {
            string source = _trained.Job.AutoMLJobArtifacts!.DataExplorationNotebookLocation!;
            byte[] stored = await StoredBytesAsync(source);
            string blob = BlobHolding(stored);
            byte[] corrupted = (byte[])stored.Clone();
            corrupted[corrupted.Length / 2] ^= 0x20;
            await File.WriteAllBytesAsync(blob, corrupted);
            try
            {
                using PowerShellSession session = Session();
                RunResult run = session.RunScript("Save-AutoMLJobArtifact $args[0] -Kind DataExploration -Path $args[1] @conn", Job, _folder);

                Assert.Empty(run.Output);
                ErrorRecord mismatch = Assert.Single(run.Errors);
                Assert.Equal("ArtifactChecksumMismatch,AutopilotTools.Commands.SaveAutoMLJobArtifactCommand", mismatch.FullyQualifiedErrorId);
                Assert.Equal(ErrorCategory.InvalidData, mismatch.CategoryInfo.Category);
                Assert.Equal(source, mismatch.TargetObject);
                Assert.True(mismatch.ErrorDetails.Message.Contains("MD5"), mismatch.ErrorDetails.Message);
                Assert.Empty(Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories));
            }
            finally
            {
                await File.WriteAllBytesAsync(blob, stored);
            }
        }

        [Fact]
        public void TheDefaultViewShowsKindSizeChecksAndPath()
        {
            using PowerShellSession session = Session();
            string text = session.RunScript("Save-AutoMLJobArtifact $args[0] -Kind DataExploration -Path $args[1] @conn | Out-String -Width 200", Job, _folder).ThrowIfErrors().Single<string>();

            string[] lines = text.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0).ToArray();
            Assert.Matches(@"^Kind\s+Size\s+Checked\s+Path$", lines[0]);
            Assert.Matches(@"^DataExploration\s+\d+\s+MD5\s+" + System.Text.RegularExpressions.Regex.Escape(Path.Combine(_folder, "DataExploration", "data-exploration.html")) + "$", lines[2]);
        }

        private PowerShellSession Session() => new PowerShellSession().Set("conn", _trained.Server.Connection());

        private async Task<byte[]> StoredBytesAsync(string s3Uri)
        {
            Assert.True(Client.Storage.S3Location.TryParse(s3Uri, out Client.Storage.S3Location location));
            using var s3 = _trained.Server.S3();
            using GetObjectResponse response = await s3.GetObjectAsync(location.Bucket, location.Key);
            using var bytes = new MemoryStream();
            await response.ResponseStream.CopyToAsync(bytes);
            return bytes.ToArray();
        }

        /// <summary>The file of the server's blob store holding exactly these bytes.</summary>
        private string BlobHolding(byte[] bytes) =>
            Directory.EnumerateFiles(Path.Combine(_trained.Server.DataDirectory, "blobs"), "*", SearchOption.AllDirectories)
                .Single(file => new FileInfo(file).Length == bytes.Length && File.ReadAllBytes(file).AsSpan().SequenceEqual(bytes));
    }
}
