using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using AutopilotTools.Tests.Hosting;
using AutopilotTools.Tests.Local;
using AutopilotTools.Tests.Local.Signing;
using Xunit;

namespace AutopilotTools.Tests.Pretrained
{
    /// <summary>
    /// The AWS CLI as users run it (`aws s3 cp`, `aws sagemaker create-auto-ml-job-v2`, create-model/-endpoint-config/
    /// -endpoint, `aws sagemaker-runtime invoke-endpoint --body fileb://…`) against a server with the engine of
    /// pretrained encoders: an image and a text classification job from creation to predictions.
    /// </summary>
    [Collection(PretrainedCollection.Name)]
    public sealed class PretrainedAwsCliTests
    {
        [Fact]
        public async Task ImageAndTextJobsGoFromCreationToPredictionsThroughTheAwsCli()
        {
            await using TestLocalServer server = await TestLocalServer.StartWithPretrainedEngineAsync();
            string work = Directory.CreateTempSubdirectory("autopilottools-cli").FullName;
            try
            {
                var cli = new Cli(server.Url, work);
                string shapes = Path.Combine(work, "shapes");
                foreach (var (name, png, label) in ShapeImages.Make(perLabel: 10, seed: 5))
                {
                    Directory.CreateDirectory(Path.Combine(shapes, label));
                    File.WriteAllBytes(Path.Combine(shapes, label, name), png);
                }

                File.WriteAllText(Path.Combine(work, "train.csv"), TopicTexts.Csv(TopicTexts.Training()));
                await cli.RunAsync("s3", "mb", "s3://data");
                await cli.RunAsync("s3", "cp", shapes, "s3://data/shapes/", "--recursive");
                await cli.RunAsync("s3", "cp", Path.Combine(work, "train.csv"), "s3://data/texts/train.csv");

                await cli.CreateJobAsync("cli-shapes", "image/*", "s3://data/shapes/", new JsonObject { ["ImageClassificationJobConfig"] = new JsonObject() });
                await cli.CreateJobAsync("cli-topics", "text/csv;header=present", "s3://data/texts/",
                    new JsonObject { ["TextClassificationJobConfig"] = new JsonObject { ["ContentColumn"] = "review", ["TargetLabelColumn"] = "topic" } });
                await cli.DeployBestAsync("cli-shapes");
                await cli.DeployBestAsync("cli-topics");

                var test = ShapeImages.Make(perLabel: 2, seed: 11);
                int correct = 0;
                foreach (var (name, png, label) in test)
                {
                    string image = Path.Combine(work, name);
                    File.WriteAllBytes(image, png);
                    string answer = await cli.InvokeAsync("cli-shapes", image, "image/png");
                    correct += answer.Trim() == label ? 1 : 0;
                }

                string texts = Path.Combine(work, "texts.csv");
                File.WriteAllText(texts, string.Concat(TopicTexts.Test().Select(t => "\"" + t.Text + "\"\n")));
                string[] labels = (await cli.InvokeAsync("cli-topics", texts, "text/csv")).Trim().Split('\n');

                Assert.True(correct >= test.Count * 0.6, $"{correct} of {test.Count} images");
                Assert.Equal(TopicTexts.Test().Count, labels.Length);
                double accuracy = labels.Zip(TopicTexts.Test(), (l, t) => l == t.Label ? 1.0 : 0.0).Average();
                Assert.True(accuracy >= TopicTexts.Chance + 0.3, $"text accuracy {accuracy:0.###}");
            }
            finally
            {
                Directory.Delete(work, recursive: true);
            }
        }

        private sealed class Cli
        {
            private readonly string _url;
            private readonly string _work;

            public Cli(string url, string work)
            {
                _url = url;
                _work = work;
            }

            public async Task<string> RunAsync(params string[] arguments)
            {
                AwsCli.Result result = await AwsCli.RunAsync(_url, FakeSageMaker.AccessKey, FakeSageMaker.SecretKey, FakeSageMaker.Region, _work, arguments);
                Assert.True(result.ExitCode == 0, result.ToString());
                return result.Output;
            }

            public async Task CreateJobAsync(string name, string contentType, string uri, JsonObject problemTypeConfig)
            {
                var request = new JsonObject
                {
                    ["AutoMLJobName"] = name,
                    ["AutoMLJobInputDataConfig"] = new JsonArray(new JsonObject
                    {
                        ["ChannelType"] = "training",
                        ["ContentType"] = contentType,
                        ["DataSource"] = new JsonObject { ["S3DataSource"] = new JsonObject { ["S3DataType"] = "S3Prefix", ["S3Uri"] = uri } },
                    }),
                    ["OutputDataConfig"] = new JsonObject { ["S3OutputPath"] = "s3://data/output/" },
                    ["AutoMLProblemTypeConfig"] = problemTypeConfig,
                    ["RoleArn"] = Jobs.Role,
                };
                string file = Path.Combine(_work, name + ".json");
                File.WriteAllText(file, request.ToJsonString());
                await RunAsync("sagemaker", "create-auto-ml-job-v2", "--cli-input-json", "file://" + file);
            }

            /// <summary>Waits for the job, then deploys its best candidate's container as `aws sagemaker create-model` takes it.</summary>
            public async Task DeployBestAsync(string job)
            {
                JsonNode described = await PollAsync(("sagemaker", "describe-auto-ml-job-v2", "--auto-ml-job-name", job), d => d["AutoMLJobStatus"]!.GetValue<string>() != "InProgress");
                Assert.True(described["AutoMLJobStatus"]!.GetValue<string>() == "Completed", described.ToJsonString());
                JsonNode container = described["BestCandidate"]!["InferenceContainers"]![0]!;
                var primary = new JsonObject
                {
                    ["Image"] = container["Image"]!.GetValue<string>(),
                    ["ModelDataUrl"] = container["ModelDataUrl"]!.GetValue<string>(),
                    ["Environment"] = JsonNode.Parse(container["Environment"]!.ToJsonString()),
                };
                string file = Path.Combine(_work, job + "-container.json");
                File.WriteAllText(file, primary.ToJsonString());
                await RunAsync("sagemaker", "create-model", "--model-name", job, "--primary-container", "file://" + file, "--execution-role-arn", Jobs.Role);
                await RunAsync("sagemaker", "create-endpoint-config", "--endpoint-config-name", job,
                    "--production-variants", $"VariantName=AllTraffic,ModelName={job},InitialInstanceCount=1,InstanceType=ml.m5.large");
                await RunAsync("sagemaker", "create-endpoint", "--endpoint-name", job, "--endpoint-config-name", job);
                JsonNode endpoint = await PollAsync(("sagemaker", "describe-endpoint", "--endpoint-name", job), d => d["EndpointStatus"]!.GetValue<string>() != "Creating");
                Assert.True(endpoint["EndpointStatus"]!.GetValue<string>() == "InService", endpoint.ToJsonString());
            }

            public async Task<string> InvokeAsync(string endpoint, string bodyFile, string contentType)
            {
                string answer = Path.Combine(_work, "answer-" + Guid.NewGuid().ToString("N"));
                await RunAsync("sagemaker-runtime", "invoke-endpoint", "--endpoint-name", endpoint, "--body", "fileb://" + bodyFile, "--content-type", contentType, answer);
                return File.ReadAllText(answer);
            }

            private async Task<JsonNode> PollAsync((string, string, string, string) command, Func<JsonNode, bool> done)
            {
                DateTime deadline = DateTime.UtcNow.AddMinutes(10);
                while (true)
                {
                    JsonNode described = JsonNode.Parse(await RunAsync(command.Item1, command.Item2, command.Item3, command.Item4))!;
                    if (done(described) || DateTime.UtcNow > deadline)
                    {
                        return described;
                    }

                    await Task.Delay(1000);
                }
            }
        }
    }
}
