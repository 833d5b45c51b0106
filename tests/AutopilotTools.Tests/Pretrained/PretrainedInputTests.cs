using System.IO;
using System.Text;
using System.Threading.Tasks;
using AutopilotTools.Local.Training;
using AutopilotTools.Model;
using AutopilotTools.Tests.Local;
using Xunit;

namespace AutopilotTools.Tests.Pretrained
{
    /// <summary>How the server hands image channels to the engine: key paths kept inside the download folder, manifests checked.</summary>
    [Collection(PretrainedCollection.Name)]
    public sealed class PretrainedInputTests
    {
        [Fact]
        public void DownloadedFilesKeepTheirKeysFoldersButNeverLeaveTheDownloadFolder()
        {
            string root = Path.Combine(Path.GetTempPath(), "downloads");
            var names = new LocalFileNames(root);

            Assert.Equal(Path.Combine(root, "cat", "1.png"), names.For("cat/1.png"));
            Assert.Equal(Path.Combine(root, "etc", "passwd"), names.For("../../etc/passwd"));
            Assert.Equal(Path.Combine(root, "cat", "1-1.png"), names.For("cat//1.png"));
            Assert.Equal(Path.Combine(root, "object"), names.For("/"));
        }

        [Fact]
        public async Task AnAugmentedManifestNamingAMissingObjectFailsTheJobWithWhatIsMissing()
        {
            await using TestLocalServer server = await TestLocalServer.StartWithPretrainedEngineAsync();
            await PretrainedJobs.PutAsync(server, "data", "shapes/circle/1.png", ShapeImages.Make(1, 1)[0].Png, "image/png");
            string manifest = "{\"source-ref\": \"s3://data/shapes/circle/1.png\", \"label\": \"circle\"}\n{\"source-ref\": \"s3://data/shapes/square/9.png\", \"label\": \"square\"}\n";
            await PretrainedJobs.PutAsync(server, "data", "manifests/broken.jsonl", Encoding.UTF8.GetBytes(manifest), "application/jsonlines");

            await server.SageMaker().CreateAutoMLJobV2Async(PretrainedJobs.Image("broken", "s3://data/manifests/broken.jsonl", AutoMLS3DataType.AugmentedManifestFile));
            (DescribeAutoMLJobV2Response job, _) = await Training.WaitAsync(server.SageMaker(), "broken");

            Assert.Equal(AutoMLJobStatus.Failed, job.AutoMLJobStatus);
            Assert.Equal("ClientError: Line 2 of the augmented manifest file s3://data/manifests/broken.jsonl names s3://data/shapes/square/9.png, which does not exist.", job.FailureReason);
        }

        [Fact]
        public async Task TextClassificationRefusesAugmentedManifestsAtCreation()
        {
            await using TestLocalServer server = await TestLocalServer.StartWithPretrainedEngineAsync();
            CreateAutoMLJobV2Request request = PretrainedJobs.Text("manifest-text", "s3://data/m.jsonl", "review", "topic");
            request.AutoMLJobInputDataConfig![0].DataSource!.S3DataSource!.S3DataType = AutoMLS3DataType.AugmentedManifestFile;

            var error = await Assert.ThrowsAnyAsync<Client.Errors.AutopilotServiceException>(() => server.SageMaker().CreateAutoMLJobV2Async(request));

            Assert.Equal("ValidationException", error.ErrorCode);
            Assert.Contains("AugmentedManifestFile", error.Message);
        }
    }
}
