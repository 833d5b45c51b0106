using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Text;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using AutopilotTools.Tests.Hosting;
using Xunit;

namespace AutopilotTools.Tests.Pretrained
{
    /// <summary>
    /// Through the module as a user runs it: Start-AutoMLLocalServer finds out/AutopilotTools.Pretrained/ beside the
    /// module and starts the server with it; an image job and a text job go from New-AutoMLJobV2 to predictions with
    /// Wait-AutoMLJob, Deploy-AutoMLCandidate and Invoke-AutoMLEndpoint (-Path for the images).
    /// </summary>
    [Collection(PretrainedCollection.Name)]
    public sealed class PretrainedModuleTests
    {
        [Fact]
        public async Task ImageAndTextJobsGoFromCreationToPredictionsThroughTheModule()
        {
            string dataPath = Directory.CreateTempSubdirectory("autopilottools-pretrained").FullName;
            string testImages = Directory.CreateTempSubdirectory("autopilottools-shapes").FullName;
            var test = ShapeImages.Make(perLabel: 3, seed: 7);
            foreach (var (name, png, _) in test)
            {
                File.WriteAllBytes(Path.Combine(testImages, name), png);
            }

            using var session = new PowerShellSession();
            PSObject server = session.RunScript("Start-AutoMLLocalServer -DataPath $args[0] -Verbose", dataPath).ThrowIfErrors().Output.Single();
            try
            {
                using (var s3 = new AmazonS3Client(new BasicAWSCredentials("local", "local"), new AmazonS3Config { ServiceURL = (string)server.Properties["Url"].Value, ForcePathStyle = true, AuthenticationRegion = "us-east-1" }))
                {
                    await s3.PutBucketAsync("data");
                    foreach (var (name, png, label) in ShapeImages.Make(perLabel: 10, seed: 3))
                    {
                        await s3.PutObjectAsync(new PutObjectRequest { BucketName = "data", Key = $"shapes/{label}/{name}", InputStream = new MemoryStream(png) });
                    }

                    await s3.PutObjectAsync(new PutObjectRequest { BucketName = "data", Key = "texts/train.csv", ContentBody = TopicTexts.Csv(TopicTexts.Training()) });
                }

                RunResult images = session.RunScript(@"
                    $channel = @{ ChannelType = 'training'; ContentType = 'image/*'; DataSource = @{ S3DataSource = @{ S3DataType = 'S3Prefix'; S3Uri = 's3://data/shapes/' } } }
                    New-AutoMLJobV2 shapes -AutoMLJobInputDataConfig $channel -OutputDataConfig @{ S3OutputPath = 's3://data/out/' } `
                            -AutoMLProblemTypeConfig @{ ImageClassificationJobConfig = @{} } -RoleArn arn:aws:iam::123456789012:role/autopilot |
                        Wait-AutoMLJob -PollInterval 1 -Timeout 600 |
                        Deploy-AutoMLCandidate -InstanceType ml.m5.large -InferenceResponseKey predicted_label, probability -Wait -PollInterval 1 |
                        Invoke-AutoMLEndpoint -Path (Join-Path $args[0] '*.png')", testImages).ThrowIfErrors();
                RunResult texts = session.RunScript(@"
                    $channel = @{ ChannelType = 'training'; ContentType = 'text/csv;header=present'; DataSource = @{ S3DataSource = @{ S3DataType = 'S3Prefix'; S3Uri = 's3://data/texts/' } } }
                    New-AutoMLJobV2 topics -AutoMLJobInputDataConfig $channel -OutputDataConfig @{ S3OutputPath = 's3://data/out/' } `
                            -AutoMLProblemTypeConfig @{ TextClassificationJobConfig = @{ ContentColumn = 'review'; TargetLabelColumn = 'topic' } } `
                            -RoleArn arn:aws:iam::123456789012:role/autopilot |
                        Wait-AutoMLJob -PollInterval 1 -Timeout 600 |
                        Deploy-AutoMLCandidate -InstanceType ml.m5.large -Wait -PollInterval 1 |
                        Invoke-AutoMLEndpoint -InputObject $args[0]", (object)TopicTexts.Test().Select(t => t.Text).ToArray()).ThrowIfErrors();

                var imagePredictions = images.Output.Select(o => (Inference.Prediction)o.BaseObject).ToList();
                Assert.Equal(test.Count, imagePredictions.Count);
                Assert.All(imagePredictions, p => Assert.InRange(p.Probability!.Value, 0, 1));
                double imageAccuracy = imagePredictions.Average(p => Path.GetFileName((string)p.Input!).StartsWith(p.PredictedLabel + "-") ? 1.0 : 0.0);
                Assert.True(imageAccuracy >= 0.6, $"image accuracy {imageAccuracy:0.###}");
                var textPredictions = texts.Output.Select(o => (Inference.Prediction)o.BaseObject).ToList();
                double textAccuracy = textPredictions.Zip(TopicTexts.Test(), (p, t) => p.PredictedLabel == t.Label ? 1.0 : 0.0).Average();
                Assert.True(textAccuracy >= TopicTexts.Chance + 0.3, $"text accuracy {textAccuracy:0.###} on unseen paraphrases");
            }
            finally
            {
                session.RunScript("Stop-AutoMLLocalServer").ThrowIfErrors();
                Directory.Delete(testImages, recursive: true);
            }
        }
    }
}
