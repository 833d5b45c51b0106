using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using AutopilotTools.Client;
using AutopilotTools.Client.Errors;
using AutopilotTools.Model;
using AutopilotTools.Model.Runtime;
using AutopilotTools.Tests.Hosting;
using Xunit;

namespace AutopilotTools.Tests.Local
{
    /// <summary>Endpoints on the local server: Creating → InService or Failed, Updating, Deleting → gone, listing, tags.</summary>
    public sealed class SageMakerEndpointTests
    {
        private static readonly DateTimeOffset Start = new DateTimeOffset(2025, 4, 2, 8, 0, 0, TimeSpan.Zero);
        private static readonly string ArnPrefix = $"arn:aws:sagemaker:{FakeSageMaker.Region}:000000000000:";

        [Fact]
        public async Task AnEndpointIsCreatingUntilItsModelLoadsThenInServiceAndServesIt()
        {
            var host = new EchoModelHost();
            await using TestLocalServer server = await TestLocalServer.StartAsync(null, host);
            ISageMakerApi sageMaker = server.SageMaker();
            host.Hold();

            await sageMaker.CreateModelAsync(Deployments.Model("churn", outputKeys: "predicted_label,probability"));
            await sageMaker.CreateEndpointConfigAsync(Deployments.Config("churn"));
            CreateEndpointOutput created = await sageMaker.CreateEndpointAsync(Deployments.Endpoint("Churn-Live", "churn"));
            DescribeEndpointOutput creating = await sageMaker.DescribeEndpointAsync(new DescribeEndpointInput { EndpointName = "churn-live" });
            host.Release();
            DescribeEndpointOutput live = await Deployments.WaitAsync(sageMaker, "Churn-Live");

            Assert.Equal(ArnPrefix + "endpoint/churn-live", created.EndpointArn);
            Assert.Equal((EndpointStatus.Creating, "churn", VariantStatus.Creating), (creating.EndpointStatus, creating.EndpointConfigName, creating.ProductionVariants![0].VariantStatus![0].Status));
            Assert.Equal((EndpointStatus.InService, "Churn-Live", created.EndpointArn, "churn"), (live.EndpointStatus, live.EndpointName, live.EndpointArn, live.EndpointConfigName));
            ProductionVariantSummary variant = Assert.Single(live.ProductionVariants!);
            Assert.Equal(("AllTraffic", 1.0, 1, 1), (variant.VariantName, variant.CurrentWeight, variant.CurrentInstanceCount, variant.DesiredInstanceCount));
            Assert.Equal(Deployments.EchoImage, Assert.Single(variant.DeployedImages!).SpecifiedImage);
            Assert.True(live.LastModifiedTime >= live.CreationTime);
            Assert.Null(live.FailureReason);

            InvokeEndpointOutput answer = await server.Runtime().InvokeEndpointAsync(new InvokeEndpointInput
            {
                EndpointName = "churn-live", Body = Encoding.UTF8.GetBytes("1,a\n2,b\n"), ContentType = "text/csv", Accept = "application/json",
            });
            Assert.Equal("churn|1,a|predicted_label,probability|text/csv|application/json\nchurn|2,b|predicted_label,probability|text/csv|application/json\n", Encoding.UTF8.GetString(answer.Body!));
            Assert.Equal(("application/json", "AllTraffic"), (answer.ContentType, answer.InvokedProductionVariant));
        }

        [Fact]
        public async Task AnEndpointWhoseModelCannotLoadIsFailedWithTheReason()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync(null, new EchoModelHost());
            ISageMakerApi sageMaker = server.SageMaker();

            await Deployments.DeployAsync(sageMaker, "foreign", image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1");
            DescribeEndpointOutput endpoint = await Deployments.WaitAsync(sageMaker, "foreign");

            Assert.Equal(EndpointStatus.Failed, endpoint.EndpointStatus);
            Assert.Equal("Production variant AllTraffic could not load model foreign: the test host cannot run image 123456789012.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1.", endpoint.FailureReason);
            var update = await Assert.ThrowsAnyAsync<AutopilotServiceException>(() => sageMaker.UpdateEndpointAsync(new UpdateEndpointInput { EndpointName = "foreign", EndpointConfigName = "foreign" }));
            Assert.Equal(("ValidationException", $"Cannot update failed endpoint \"{ArnPrefix}endpoint/foreign\"; delete it and create it again."), (update.ErrorCode, update.Message));
        }

        [Fact]
        public async Task TheServersOwnHostRefusesImagesItDidNotTrain()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync();
            ISageMakerApi sageMaker = server.SageMaker();

            await Deployments.DeployAsync(sageMaker, "xgb", image: "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1");
            DescribeEndpointOutput endpoint = await Deployments.WaitAsync(sageMaker, "xgb");

            Assert.Equal(EndpointStatus.Failed, endpoint.EndpointStatus);
            Assert.Contains("cannot run image 683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1", endpoint.FailureReason);
        }

        [Fact]
        public async Task DeletingAnEndpointLeavesItDeletingThenGoneAndKeepsItsConfigAndModel()
        {
            var host = new EchoModelHost();
            await using TestLocalServer server = await TestLocalServer.StartAsync(null, host);
            ISageMakerApi sageMaker = server.SageMaker();
            await Deployments.DeployAsync(sageMaker, "short-lived");
            await Deployments.WaitAsync(sageMaker, "short-lived");

            await sageMaker.DeleteEndpointAsync(new DeleteEndpointInput { EndpointName = "Short-Lived" });
            await Deployments.WaitGoneAsync(sageMaker, "short-lived");

            var again = await Assert.ThrowsAnyAsync<AutopilotServiceException>(() => sageMaker.DeleteEndpointAsync(new DeleteEndpointInput { EndpointName = "short-lived" }));
            Assert.Equal(("ValidationException", "Could not find endpoint \"short-lived\"."), (again.ErrorCode, again.Message));
            Assert.Equal("short-lived", (await sageMaker.DescribeEndpointConfigAsync(new DescribeEndpointConfigInput { EndpointConfigName = "short-lived" })).EndpointConfigName);
            Assert.Equal("short-lived", (await sageMaker.DescribeModelAsync(new DescribeModelInput { ModelName = "short-lived" })).ModelName);
            var invoke = await Assert.ThrowsAnyAsync<AutopilotServiceException>(() => server.Runtime().InvokeEndpointAsync(new InvokeEndpointInput { EndpointName = "short-lived", Body = new byte[] { 49 }, ContentType = "text/csv" }));
            Assert.Equal("Endpoint short-lived of account 000000000000 not found.", invoke.Message);
        }

        [Fact]
        public async Task AnEndpointBeingCreatedCanBeDeleted()
        {
            var host = new EchoModelHost();
            await using TestLocalServer server = await TestLocalServer.StartAsync(null, host);
            ISageMakerApi sageMaker = server.SageMaker();
            host.Hold();
            await Deployments.DeployAsync(sageMaker, "abandoned");

            await sageMaker.DeleteEndpointAsync(new DeleteEndpointInput { EndpointName = "abandoned" });
            Assert.Equal(EndpointStatus.Deleting, (await sageMaker.DescribeEndpointAsync(new DescribeEndpointInput { EndpointName = "abandoned" })).EndpointStatus);
            host.Release();

            await Deployments.WaitGoneAsync(sageMaker, "abandoned");
            Assert.Empty((await sageMaker.ListEndpointsAsync(new ListEndpointsInput())).Endpoints!);
        }

        [Fact]
        public async Task UpdatingSwitchesToTheNewConfigAndServesTheOldOneMeanwhile()
        {
            var host = new EchoModelHost();
            await using TestLocalServer server = await TestLocalServer.StartAsync(null, host);
            ISageMakerApi sageMaker = server.SageMaker();
            await Deployments.DeployAsync(sageMaker, "v1");
            await Deployments.WaitAsync(sageMaker, "v1");
            await sageMaker.CreateModelAsync(Deployments.Model("v2"));
            await sageMaker.CreateEndpointConfigAsync(Deployments.Config("v2"));
            host.Hold();

            UpdateEndpointOutput update = await sageMaker.UpdateEndpointAsync(new UpdateEndpointInput { EndpointName = "v1", EndpointConfigName = "v2" });
            DescribeEndpointOutput updating = await sageMaker.DescribeEndpointAsync(new DescribeEndpointInput { EndpointName = "v1" });
            string during = await InvokeAsync(server, "v1", "x");
            var refused = await Assert.ThrowsAnyAsync<AutopilotServiceException>(() => sageMaker.UpdateEndpointAsync(new UpdateEndpointInput { EndpointName = "v1", EndpointConfigName = "v2" }));
            host.Release();
            DescribeEndpointOutput updated = await Deployments.WaitAsync(sageMaker, "v1", EndpointStatus.Updating);

            Assert.EndsWith(":endpoint/v1", update.EndpointArn);
            Assert.Equal((EndpointStatus.Updating, "v1", "v2"), (updating.EndpointStatus, updating.EndpointConfigName, updating.PendingDeploymentSummary!.EndpointConfigName));
            Assert.StartsWith("v1|x|", during);
            Assert.Equal($"Cannot update in-progress endpoint \"{ArnPrefix}endpoint/v1\".", refused.Message);
            Assert.Equal((EndpointStatus.InService, "v2"), (updated.EndpointStatus, updated.EndpointConfigName));
            Assert.Null(updated.PendingDeploymentSummary);
            Assert.StartsWith("v2|x|", await InvokeAsync(server, "v1", "x"));
        }

        [Fact]
        public async Task AFailedUpdateKeepsServingTheOldConfigAndSaysWhy()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync(null, new EchoModelHost());
            ISageMakerApi sageMaker = server.SageMaker();
            await Deployments.DeployAsync(sageMaker, "steady");
            await Deployments.WaitAsync(sageMaker, "steady");
            await sageMaker.CreateModelAsync(Deployments.Model("broken", image: "not/runnable"));
            await sageMaker.CreateEndpointConfigAsync(Deployments.Config("broken"));

            await sageMaker.UpdateEndpointAsync(new UpdateEndpointInput { EndpointName = "steady", EndpointConfigName = "broken" });
            DescribeEndpointOutput endpoint = await Deployments.WaitAsync(sageMaker, "steady", EndpointStatus.Updating);

            Assert.Equal((EndpointStatus.InService, "steady"), (endpoint.EndpointStatus, endpoint.EndpointConfigName));
            Assert.Equal("Updating to endpoint config broken failed, so the endpoint still serves steady: Production variant AllTraffic could not load model broken: the test host cannot run image not/runnable.", endpoint.FailureReason);
            Assert.StartsWith("steady|", await InvokeAsync(server, "steady", "y"));
        }

        [Fact]
        public async Task AnEndpointKeepsServingAfterItsModelAndConfigAreDeleted()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync(null, new EchoModelHost());
            ISageMakerApi sageMaker = server.SageMaker();
            await Deployments.DeployAsync(sageMaker, "orphan");
            await Deployments.WaitAsync(sageMaker, "orphan");

            await sageMaker.DeleteEndpointConfigAsync(new DeleteEndpointConfigInput { EndpointConfigName = "orphan" });
            await sageMaker.DeleteModelAsync(new DeleteModelInput { ModelName = "orphan" });

            Assert.Equal(EndpointStatus.InService, (await sageMaker.DescribeEndpointAsync(new DescribeEndpointInput { EndpointName = "orphan" })).EndpointStatus);
            Assert.StartsWith("orphan|1|", await InvokeAsync(server, "orphan", "1"));
        }

        [Fact]
        public async Task CreatingNeedsAnExistingConfigAndAFreeName()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync(null, new EchoModelHost());
            ISageMakerApi sageMaker = server.SageMaker();
            await Deployments.DeployAsync(sageMaker, "taken");

            var noConfig = await Assert.ThrowsAnyAsync<AutopilotServiceException>(() => sageMaker.CreateEndpointAsync(Deployments.Endpoint("new", "No-Config")));
            var duplicate = await Assert.ThrowsAnyAsync<AutopilotServiceException>(() => sageMaker.CreateEndpointAsync(Deployments.Endpoint("TAKEN", "taken")));
            var describe = await Assert.ThrowsAnyAsync<AutopilotServiceException>(() => sageMaker.DescribeEndpointAsync(new DescribeEndpointInput { EndpointName = "ghost" }));
            var update = await Assert.ThrowsAnyAsync<AutopilotServiceException>(() => sageMaker.UpdateEndpointAsync(new UpdateEndpointInput { EndpointName = "taken", EndpointConfigName = "ghost" }));

            Assert.Equal(("ValidationException", $"Could not find endpoint configuration \"{ArnPrefix}endpoint-config/no-config\"."), (noConfig.ErrorCode, noConfig.Message));
            Assert.Equal(("ValidationException", $"Cannot create already existing endpoint \"{ArnPrefix}endpoint/taken\"."), (duplicate.ErrorCode, duplicate.Message));
            Assert.Equal(("ValidationException", "Could not find endpoint \"ghost\"."), (describe.ErrorCode, describe.Message));
            Assert.Equal($"Could not find endpoint configuration \"{ArnPrefix}endpoint-config/ghost\".", update.Message);
        }

        [Fact]
        public async Task ListEndpointsFiltersSortsAndPages()
        {
            var clock = new ManualClock(Start);
            var host = new EchoModelHost();
            await using TestLocalServer server = await TestLocalServer.StartAsync(clock, host);
            ISageMakerApi sageMaker = server.SageMaker();
            var created = new Dictionary<string, DateTime>();
            foreach (string name in new[] { "churn-b", "Churn-A", "fraud-a", "churn-c" })
            {
                created[name] = clock.Advance(TimeSpan.FromMinutes(1));
                await Deployments.DeployAsync(sageMaker, name, image: name == "fraud-a" ? "not/runnable" : Deployments.EchoImage);
                await Deployments.WaitAsync(sageMaker, name);
            }

            Assert.Equal(new[] { "churn-c", "fraud-a", "Churn-A", "churn-b" }, await NamesAsync(sageMaker, new ListEndpointsInput(), 3));
            Assert.Equal(new[] { "Churn-A", "churn-b", "churn-c" }, await NamesAsync(sageMaker, new ListEndpointsInput { NameContains = "churn", SortBy = EndpointSortKey.Name, SortOrder = OrderKey.Ascending }, 2));
            Assert.Equal(new[] { "fraud-a" }, await NamesAsync(sageMaker, new ListEndpointsInput { StatusEquals = EndpointStatus.Failed }, 2));
            Assert.Equal(new[] { "Churn-A", "fraud-a" }, await NamesAsync(sageMaker, new ListEndpointsInput
            {
                CreationTimeAfter = created["churn-b"], CreationTimeBefore = created["churn-c"], SortBy = EndpointSortKey.CreationTime, SortOrder = OrderKey.Ascending,
            }, 1));
            Assert.Equal(new[] { "fraud-a", "Churn-A", "churn-b", "churn-c" }, await NamesAsync(sageMaker, new ListEndpointsInput { SortBy = EndpointSortKey.Status, SortOrder = OrderKey.Ascending }, 3));

            DateTime beforeUpdate = clock.Advance(TimeSpan.FromMinutes(1));
            DateTime updateTime = clock.Advance(TimeSpan.FromMinutes(1));
            host.Hold();
            await sageMaker.UpdateEndpointAsync(new UpdateEndpointInput { EndpointName = "churn-b", EndpointConfigName = "churn-c" });
            EndpointSummary updating = Assert.Single((await sageMaker.ListEndpointsAsync(new ListEndpointsInput { LastModifiedTimeAfter = beforeUpdate })).Endpoints!);
            Assert.Equal(("churn-b", EndpointStatus.Updating, updateTime), (updating.EndpointName, updating.EndpointStatus, updating.LastModifiedTime));
            host.Release();
        }

        [Fact]
        public async Task ModelsConfigsAndEndpointsTakeTagsThatGoWithThem()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync(null, new EchoModelHost());
            ISageMakerApi sageMaker = server.SageMaker();
            CreateModelInput model = Deployments.Model("tagged");
            model.Tags = new List<Tag> { new Tag { Key = "team", Value = "ml" } };
            string modelArn = (await sageMaker.CreateModelAsync(model)).ModelArn!;
            string configArn = (await sageMaker.CreateEndpointConfigAsync(Deployments.Config("tagged"))).EndpointConfigArn!;
            string endpointArn = (await sageMaker.CreateEndpointAsync(Deployments.Endpoint("tagged"))).EndpointArn!;

            await sageMaker.AddTagsAsync(new AddTagsInput { ResourceArn = configArn, Tags = new List<Tag> { new Tag { Key = "stage", Value = "test" } } });
            await sageMaker.AddTagsAsync(new AddTagsInput { ResourceArn = endpointArn, Tags = new List<Tag> { new Tag { Key = "owner", Value = "me" }, new Tag { Key = "cost", Value = "low" } } });
            await sageMaker.DeleteTagsAsync(new DeleteTagsInput { ResourceArn = endpointArn, TagKeys = new List<string> { "cost" } });

            Assert.Equal("ml", Assert.Single((await sageMaker.ListTagsAsync(new ListTagsInput { ResourceArn = modelArn })).Tags!).Value);
            Assert.Equal("test", Assert.Single((await sageMaker.ListTagsAsync(new ListTagsInput { ResourceArn = configArn })).Tags!).Value);
            Assert.Equal("owner", Assert.Single((await sageMaker.ListTagsAsync(new ListTagsInput { ResourceArn = endpointArn })).Tags!).Key);

            await sageMaker.DeleteModelAsync(new DeleteModelInput { ModelName = "tagged" });
            await sageMaker.CreateModelAsync(Deployments.Model("tagged"));
            Assert.Empty((await sageMaker.ListTagsAsync(new ListTagsInput { ResourceArn = modelArn })).Tags!);
            await sageMaker.DeleteEndpointAsync(new DeleteEndpointInput { EndpointName = "tagged" });
            await Deployments.WaitGoneAsync(sageMaker, "tagged");
            await Assert.ThrowsAsync<ResourceNotFoundException>(() => sageMaker.ListTagsAsync(new ListTagsInput { ResourceArn = endpointArn }));
        }

        private static async Task<string> InvokeAsync(TestLocalServer server, string endpoint, string row)
        {
            InvokeEndpointOutput answer = await server.Runtime().InvokeEndpointAsync(new InvokeEndpointInput { EndpointName = endpoint, Body = Encoding.UTF8.GetBytes(row + "\n"), ContentType = "text/csv" });
            return Encoding.UTF8.GetString(answer.Body!);
        }

        private static async Task<List<string>> NamesAsync(ISageMakerApi sageMaker, ListEndpointsInput request, int pageSize)
        {
            var names = new List<string>();
            request.MaxResults = pageSize;
            for (int page = 0; page < 20; page++)
            {
                ListEndpointsOutput response = await sageMaker.ListEndpointsAsync(request);
                Assert.True(response.Endpoints!.Count <= pageSize);
                names.AddRange(response.Endpoints.Select(e => e.EndpointName!));
                if (response.NextToken == null)
                {
                    return names;
                }

                request.NextToken = response.NextToken;
            }

            throw new InvalidOperationException("Too many pages.");
        }
    }
}
