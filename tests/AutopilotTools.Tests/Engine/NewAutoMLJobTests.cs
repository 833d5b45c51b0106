using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Text.Json;
using AutopilotTools.Tests.Hosting;
using Xunit;

namespace AutopilotTools.Tests.Engine
{
    /// <summary>New-AutoMLJobV2 and New-AutoMLJob: every input form, one validation core, nothing sent when invalid.</summary>
    public sealed class NewAutoMLJobTests
    {
        private const string Boto3Request = @"
            $request = @{
                AutoMLJobName            = 'churn-v2'
                AutoMLJobInputDataConfig = @(@{
                    ChannelType = 'training'
                    ContentType = 'text/csv;header=present'
                    DataSource  = @{ S3DataSource = @{ S3DataType = 'S3Prefix'; S3Uri = 's3://bucket/train/' } }
                })
                OutputDataConfig         = @{ S3OutputPath = 's3://bucket/output/' }
                AutoMLProblemTypeConfig  = @{ TabularJobConfig = @{ TargetAttributeName = 'churn'; ProblemType = 'BinaryClassification'; CompletionCriteria = @{ MaxCandidates = 10 } } }
                RoleArn                  = 'arn:aws:iam::123456789012:role/autopilot'
                AutoMLJobObjective       = @{ MetricName = 'F1' }
                Tags                     = @(@{ Key = 'team'; Value = 'ml' })
            }";

        private static Reply CreateThenDescribe(RecordedRequest request) =>
            request.Operation is "CreateAutoMLJobV2" or "CreateAutoMLJob"
                ? Reply.Json("{\"AutoMLJobArn\":\"arn:aws:sagemaker:eu-west-3:123456789012:automl-job/x\"}")
                : FakeSageMaker.DescribeAnyJob(request);

        private static JsonElement CreateBody(LoopbackServer server, string operation = "CreateAutoMLJobV2") =>
            JsonDocument.Parse(server.Requests.Single(r => r.Operation == operation).Body).RootElement;

        [Fact]
        public void ABoto3RequestSplatsUnchanged()
        {
            using var server = new LoopbackServer(CreateThenDescribe);
            using var session = FakeSageMaker.SessionFor(server);

            RunResult result = session.RunScript(Boto3Request + "\n New-AutoMLJobV2 @request @conn").ThrowIfErrors();

            Assert.Equal("churn-v2", result.Single<AutoMLJob>().AutoMLJobName);
            JsonElement body = CreateBody(server);
            Assert.Equal("churn", body.GetProperty("AutoMLProblemTypeConfig").GetProperty("TabularJobConfig").GetProperty("TargetAttributeName").GetString());
            Assert.Equal(10, body.GetProperty("AutoMLProblemTypeConfig").GetProperty("TabularJobConfig").GetProperty("CompletionCriteria").GetProperty("MaxCandidates").GetInt32());
            Assert.Equal("s3://bucket/train/", body.GetProperty("AutoMLJobInputDataConfig")[0].GetProperty("DataSource").GetProperty("S3DataSource").GetProperty("S3Uri").GetString());
            Assert.Equal("team", body.GetProperty("Tags")[0].GetProperty("Key").GetString());
            Assert.Equal(new[] { "CreateAutoMLJobV2", "DescribeAutoMLJobV2" }, server.Requests.Select(r => r.Operation));
        }

        [Fact]
        public void AJsonDocumentWithParameterOverridesAndPSCustomObjects()
        {
            using var server = new LoopbackServer(CreateThenDescribe);
            using var session = FakeSageMaker.SessionFor(server);
            const string json = "{\"AutoMLJobName\":\"from-json\",\"AutoMLJobInputDataConfig\":[{\"ChannelType\":\"training\",\"DataSource\":{\"S3DataSource\":{\"S3DataType\":\"S3Prefix\",\"S3Uri\":\"s3://b/t/\"}}}]," +
                "\"OutputDataConfig\":{\"S3OutputPath\":\"s3://b/o/\"},\"AutoMLProblemTypeConfig\":{\"TimeSeriesForecastingJobConfig\":{\"ForecastFrequency\":\"D\",\"ForecastHorizon\":14," +
                "\"TimeSeriesConfig\":{\"TargetAttributeName\":\"demand\",\"TimestampAttributeName\":\"ts\",\"ItemIdentifierAttributeName\":\"sku\"}}},\"RoleArn\":\"arn:aws:iam::123456789012:role/old\"}";

            session.RunScript(@"
                $security = [pscustomobject]@{ VpcConfig = [pscustomobject]@{ SecurityGroupIds = @('sg-0123abcd'); Subnets = @('subnet-0123abcd') } }
                New-AutoMLJobV2 -InputObject $args[0] -RoleArn 'arn:aws:iam::123456789012:role/new' -SecurityConfig $security -Tags @{ team = 'forecasting' } @conn", json).ThrowIfErrors();

            JsonElement body = CreateBody(server);
            Assert.Equal("arn:aws:iam::123456789012:role/new", body.GetProperty("RoleArn").GetString());
            Assert.Equal(14, body.GetProperty("AutoMLProblemTypeConfig").GetProperty("TimeSeriesForecastingJobConfig").GetProperty("ForecastHorizon").GetInt32());
            Assert.Equal("sg-0123abcd", body.GetProperty("SecurityConfig").GetProperty("VpcConfig").GetProperty("SecurityGroupIds")[0].GetString());
            Assert.Equal(("team", "forecasting"), (body.GetProperty("Tags")[0].GetProperty("Key").GetString(), body.GetProperty("Tags")[0].GetProperty("Value").GetString()));
        }

        [Fact]
        public void FlatTabularParametersMakeTheNestedRequest()
        {
            using var server = new LoopbackServer(CreateThenDescribe);
            using var session = FakeSageMaker.SessionFor(server);

            session.RunScript(@"New-AutoMLJobV2 flat-job -TrainingData s3://bucket/train.csv -ValidationData s3://bucket/valid.csv -TargetAttributeName churn `
                -OutputPath s3://bucket/out/ -ProblemType binaryclassification -MaxCandidates 5 -ObjectiveMetric auc -Mode ensembling -Algorithm lightgbm, xgboost `
                -RoleArn arn:aws:iam::123456789012:role/r @conn").ThrowIfErrors();

            JsonElement body = CreateBody(server);
            JsonElement tabular = body.GetProperty("AutoMLProblemTypeConfig").GetProperty("TabularJobConfig");
            Assert.Equal(("churn", "BinaryClassification", "ENSEMBLING"), (tabular.GetProperty("TargetAttributeName").GetString(), tabular.GetProperty("ProblemType").GetString(), tabular.GetProperty("Mode").GetString()));
            Assert.Equal(new[] { "lightgbm", "xgboost" }, tabular.GetProperty("CandidateGenerationConfig").GetProperty("AlgorithmsConfig")[0].GetProperty("AutoMLAlgorithms").EnumerateArray().Select(a => a.GetString()));
            Assert.Equal("AUC", body.GetProperty("AutoMLJobObjective").GetProperty("MetricName").GetString());
            Assert.Equal(new[] { "training", "validation" }, body.GetProperty("AutoMLJobInputDataConfig").EnumerateArray().Select(c => c.GetProperty("ChannelType").GetString()));
            Assert.Equal("text/csv;header=present", body.GetProperty("AutoMLJobInputDataConfig")[1].GetProperty("ContentType").GetString());
        }

        [Theory]
        [InlineData("New-AutoMLJobV2", "BinaryClassification", "F1")]
        [InlineData("New-AutoMLJobV2", "Regression", "MSE")]
        [InlineData("New-AutoMLJob", "MulticlassClassification", "Accuracy")]
        public void AProblemTypeAloneTakesAutopilotsDefaultObjectiveAndSaysSo(string cmdlet, string problemType, string objective)
        {
            using var server = new LoopbackServer(CreateThenDescribe);
            using var session = FakeSageMaker.SessionFor(server);

            RunResult result = session.RunScript($@"{cmdlet} default-objective -TrainingData s3://bucket/train.csv -TargetAttributeName y `
                -OutputPath s3://bucket/out/ -ProblemType {problemType} -RoleArn arn:aws:iam::123456789012:role/r -Verbose @conn").ThrowIfErrors();

            JsonElement body = CreateBody(server, cmdlet == "New-AutoMLJob" ? "CreateAutoMLJob" : "CreateAutoMLJobV2");
            Assert.Equal(objective, body.GetProperty("AutoMLJobObjective").GetProperty("MetricName").GetString());
            Assert.Contains(result.Verbose, v => v.Contains($"-ProblemType {problemType} without -ObjectiveMetric") && v.Contains($"default objective for it, {objective}."));
        }

        [Fact]
        public void ARequestDocumentWithAProblemTypeAndNoObjectiveIsStillRefused()
        {
            using var server = new LoopbackServer(CreateThenDescribe);
            using var session = FakeSageMaker.SessionFor(server);

            RunResult result = session.RunScript(Boto3Request + @"
                $request.Remove('AutoMLJobObjective')
                New-AutoMLJobV2 @request @conn");

            ErrorRecord error = Assert.Single(result.Errors);
            Assert.StartsWith("InvalidAutoMLJobRequest,", error.FullyQualifiedErrorId);
            Assert.Contains("give both the problem type and the objective metric, or neither", error.ErrorDetails.Message);
            Assert.Empty(server.Requests);
        }

        [Theory]
        [InlineData("-OutputPath", "s3://x/y", "it has 1 character; bucket names have 3 to 63")]
        [InlineData("-TrainingData", "s3://My_Bucket/train.csv", "other than lowercase letters, digits, dots and hyphens")]
        [InlineData("-ValidationData", "s3://192.168.1.1/valid.csv", "formatted as an IP address")]
        [InlineData("-OutputPath", "s3://my..bucket/out", "two dots together")]
        [InlineData("-TrainingData", "s3://-bucket/train.csv", "does not start and end with a letter or digit")]
        public void S3BucketNamesAreCheckedBeforeAnyRequest(string parameter, string path, string rule)
        {
            using var server = new LoopbackServer(CreateThenDescribe);
            using var session = FakeSageMaker.SessionFor(server);
            var paths = new System.Collections.Generic.Dictionary<string, string>
            {
                ["-TrainingData"] = "s3://bucket/train.csv", ["-ValidationData"] = "s3://bucket/valid.csv", ["-OutputPath"] = "s3://bucket/out/",
            };
            paths[parameter] = path;

            RunResult result = session.RunScript($@"New-AutoMLJobV2 bucket-check {string.Join(" ", paths.Select(p => $"{p.Key} '{p.Value}'"))} `
                -TargetAttributeName y -ProblemType Regression -ObjectiveMetric MSE -RoleArn arn:aws:iam::123456789012:role/r @conn");

            ErrorRecord error = Assert.Single(result.Errors);
            Assert.StartsWith("InvalidAutoMLJobRequest,", error.FullyQualifiedErrorId);
            Assert.Equal(path, error.TargetObject);
            Assert.Contains($"{parameter} '{path}'", error.ErrorDetails.Message);
            Assert.Contains(rule, error.ErrorDetails.Message);
            Assert.Contains("S3 bucket names are 3 to 63", error.ErrorDetails.Message);
            Assert.Empty(server.Requests);
        }

        [Fact]
        public void ABadOutputBucketStopsLocalDataBeforeItIsUploaded()
        {
            using var server = new LoopbackServer(CreateThenDescribe);
            using var session = FakeSageMaker.SessionFor(server);
            string data = Path.Combine(Path.GetTempPath(), "bucket-check-" + Guid.NewGuid().ToString("N") + ".csv");
            File.WriteAllText(data, "x,y\n1,2\n");
            try
            {
                RunResult result = session.RunScript(@"New-AutoMLJobV2 upload-check -TrainingData $args[0] -TargetAttributeName y -OutputPath s3://UPPER/out `
                    -RoleArn arn:aws:iam::123456789012:role/r @conn", data);

                Assert.Contains("-OutputPath 's3://UPPER/out'", Assert.Single(result.Errors).ErrorDetails.Message);
                Assert.Empty(server.Requests);
            }
            finally
            {
                File.Delete(data);
            }
        }

        [Fact]
        public void AnInvalidRequestIsRefusedMemberByMemberAndNothingIsSent()
        {
            using var server = new LoopbackServer(CreateThenDescribe);
            using var session = FakeSageMaker.SessionFor(server);

            RunResult result = session.RunScript(Boto3Request + @"
                $request.AutoMLJobName = 'bad_name!'
                $request.AutoMLProblemTypeConfig.TabularJobConfig.TargetAtributeName = 'typo'
                New-AutoMLJobV2 @request @conn");

            Assert.Empty(server.Requests);
            Assert.Empty(result.Output);
            Assert.NotEmpty(result.Errors);
            Assert.All(result.Errors, e => Assert.Equal("InvalidAutoMLJobRequest,AutopilotTools.Commands.NewAutoMLJobV2Command", e.FullyQualifiedErrorId));
            Assert.All(result.Errors, e => Assert.Equal(ErrorCategory.InvalidArgument, e.CategoryInfo.Category));
            ErrorRecord unknown = Assert.Single(result.Errors, e => e.ToString().Contains("TargetAtributeName"));
            Assert.Contains("AutoMLProblemTypeConfig.TabularJobConfig", unknown.ToString());
            Assert.Contains("TargetAttributeName", unknown.ErrorDetails.RecommendedAction);
        }

        [Fact]
        public void AnInvalidNameIsNamedWithItsValueAndRule()
        {
            using var server = new LoopbackServer(CreateThenDescribe);
            using var session = FakeSageMaker.SessionFor(server);

            RunResult result = session.RunScript(Boto3Request + @"
                $request.AutoMLJobName = 'bad_name!'
                New-AutoMLJobV2 @request @conn");

            ErrorRecord error = Assert.Single(result.Errors);
            Assert.Contains("AutoMLJobName", error.ToString());
            Assert.Contains("'bad_name!'", error.ToString());
            Assert.Contains("pattern", error.ToString());
            Assert.Equal("bad_name!", error.TargetObject);
            Assert.Empty(server.Requests);
        }

        [Fact]
        public void WhatIfValidatesButSendsNothing()
        {
            using var server = new LoopbackServer(CreateThenDescribe);
            using var session = FakeSageMaker.SessionFor(server);

            RunResult result = session.RunScript(Boto3Request + "\n New-AutoMLJobV2 @request @conn -WhatIf").ThrowIfErrors();

            Assert.Empty(server.Requests);
            Assert.Contains("What if: Performing the operation \"Create AutoML job (CreateAutoMLJobV2)\" on target \"churn-v2\"", result.HostText);
        }

        [Fact]
        public void ADuplicateNameIsAnErrorSayingSo()
        {
            using var server = new LoopbackServer(request => request.Operation == "CreateAutoMLJobV2" ? Reply.Error(400, "ResourceInUse", "Job already exists") : CreateThenDescribe(request));
            using var session = FakeSageMaker.SessionFor(server);

            RunResult result = session.RunScript(Boto3Request + "\n New-AutoMLJobV2 @request @conn");

            ErrorRecord error = Assert.Single(result.Errors);
            Assert.Equal("AutoMLJobExists,AutopilotTools.Commands.NewAutoMLJobV2Command", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.ResourceExists, error.CategoryInfo.Category);
            Assert.Equal("churn-v2", error.TargetObject);
        }

        [Fact]
        public void AV1CliDocumentCreatesWithCreateAutoMLJob()
        {
            using var server = new LoopbackServer(CreateThenDescribe);
            using var session = FakeSageMaker.SessionFor(server);
            const string cliJson = "{\"AutoMLJobName\":\"v1-job\",\"InputDataConfig\":[{\"DataSource\":{\"S3DataSource\":{\"S3DataType\":\"S3Prefix\",\"S3Uri\":\"s3://b/t/\"}},\"TargetAttributeName\":\"price\"}]," +
                "\"OutputDataConfig\":{\"S3OutputPath\":\"s3://b/o/\"},\"ProblemType\":\"Regression\",\"AutoMLJobObjective\":{\"MetricName\":\"MSE\"},\"RoleArn\":\"arn:aws:iam::123456789012:role/r\"," +
                "\"AutoMLJobConfig\":{\"CompletionCriteria\":{\"MaxCandidates\":3}}}";

            session.RunScript("New-AutoMLJob -InputObject $args[0] -GenerateCandidateDefinitionsOnly @conn", cliJson).ThrowIfErrors();

            JsonElement body = CreateBody(server, "CreateAutoMLJob");
            Assert.Equal(("Regression", "price", true), (body.GetProperty("ProblemType").GetString(), body.GetProperty("InputDataConfig")[0].GetProperty("TargetAttributeName").GetString(), body.GetProperty("GenerateCandidateDefinitionsOnly").GetBoolean()));
        }

        [Fact]
        public void LocalTrainingDataIsUploadedBelowTheOutputPathWithAChecksumFirst()
        {
            string folder = Directory.CreateTempSubdirectory("autopilottools-data").FullName;
            File.WriteAllText(Path.Combine(folder, "train.csv"), "age,plan,churn\n42,gold,yes\n");
            using var server = new LoopbackServer(request => request.Method == "PUT"
                ? new Reply(200, string.Empty, new System.Collections.Generic.Dictionary<string, string> { ["ETag"] = "\"etag\"" })
                : CreateThenDescribe(request));
            using var session = FakeSageMaker.SessionFor(server);

            session.RunScript("New-AutoMLJobV2 local-data -TrainingData $args[0] -TargetAttributeName churn -OutputPath s3://bucket/out -RoleArn arn:aws:iam::123456789012:role/r @conn", folder).ThrowIfErrors();

            RecordedRequest upload = server.Requests.First();
            Assert.Equal(("PUT", "/bucket/out/local-data/input/training/train.csv"), (upload.Method, upload.Path));
            Assert.True(upload.Header("x-amz-checksum-sha256") != null || (upload.Header("x-amz-trailer") ?? string.Empty).Contains("x-amz-checksum-sha256"), "no SHA-256 checksum");
            Assert.Equal("s3://bucket/out/local-data/input/training/",
                CreateBody(server).GetProperty("AutoMLJobInputDataConfig")[0].GetProperty("DataSource").GetProperty("S3DataSource").GetProperty("S3Uri").GetString());
            Directory.Delete(folder, recursive: true);
        }

        [Fact]
        public void RequestDocumentsComeDownThePipeline()
        {
            using var server = new LoopbackServer(CreateThenDescribe);
            using var session = FakeSageMaker.SessionFor(server);

            RunResult result = session.RunScript(Boto3Request + @"
                $second = $request.Clone(); $second.AutoMLJobName = 'churn-v2-b'
                $request, $second | New-AutoMLJobV2 @conn").ThrowIfErrors();

            Assert.Equal(new[] { "churn-v2", "churn-v2-b" }, result.Output.Select(o => ((AutoMLJob)o.BaseObject).AutoMLJobName));
        }

        [Fact]
        public void FlatAndNestedProblemParametersCannotBeMixed()
        {
            using var server = new LoopbackServer(CreateThenDescribe);
            using var session = FakeSageMaker.SessionFor(server);

            RunResult result = session.RunScript(@"New-AutoMLJobV2 mixed -TrainingData s3://bucket/t.csv -TargetAttributeName y -OutputPath s3://bucket/o `
                -AutoMLProblemTypeConfig @{ TabularJobConfig = @{ TargetAttributeName = 'z' } } @conn");

            Assert.Contains("AmbiguousParameterSet", Assert.Single(result.Errors).FullyQualifiedErrorId);
            Assert.Empty(server.Requests);
        }

        [Theory]
        [InlineData("New-AutoMLJobV2", typeof(AutopilotTools.Model.CreateAutoMLJobV2Request))]
        [InlineData("New-AutoMLJob", typeof(AutopilotTools.Model.CreateAutoMLJobRequest))]
        public void EveryRequestMemberIsAParameter(string cmdlet, Type request)
        {
            using var session = new PowerShellSession();

            RunResult result = session.RunScript("(Get-Command $args[0]).Parameters.Keys", cmdlet).ThrowIfErrors();

            var parameters = result.Output.Select(o => o.ToString()).ToHashSet();
            var missing = request.GetProperties().Select(p => p.Name).Where(n => n != "AdditionalMembers" && !parameters.Contains(n)).ToList();
            Assert.True(missing.Count == 0, cmdlet + " lacks parameters for: " + string.Join(", ", missing));
        }
    }
}
