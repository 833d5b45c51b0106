using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using AutopilotTools.Client;
using AutopilotTools.Client.Errors;
using AutopilotTools.Model;
using AutopilotTools.Tests.Hosting;
using Xunit;

namespace AutopilotTools.Tests.Local
{
    /// <summary>CreateModel, DescribeModel, DeleteModel and ListModels on the local server, with SageMaker's errors.</summary>
    public sealed class SageMakerModelTests
    {
        private static readonly DateTimeOffset Start = new DateTimeOffset(2025, 4, 1, 9, 0, 0, 125, TimeSpan.Zero);

        [Fact]
        public async Task AModelIsDescribedAsCreatedAndGoneOnceDeleted()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync(new ManualClock(Start));
            ISageMakerApi sageMaker = server.SageMaker();

            CreateModelOutput created = await sageMaker.CreateModelAsync(Deployments.Model("Churn-Model", outputKeys: "predicted_label,probability"));
            DescribeModelOutput model = await sageMaker.DescribeModelAsync(new DescribeModelInput { ModelName = "churn-model" });
            await sageMaker.DeleteModelAsync(new DeleteModelInput { ModelName = "CHURN-MODEL" });

            Assert.Equal($"arn:aws:sagemaker:{FakeSageMaker.Region}:000000000000:model/churn-model", created.ModelArn);
            Assert.Equal(("Churn-Model", created.ModelArn, Start.UtcDateTime, Jobs.Role), (model.ModelName, model.ModelArn, model.CreationTime, model.ExecutionRoleArn));
            ContainerDefinition container = Assert.Single(model.Containers!);
            Assert.Equal((Deployments.EchoImage, "s3://models/Churn-Model/model.tar.gz"), (container.Image, container.ModelDataUrl));
            Assert.Equal("predicted_label,probability", container.Environment!["SAGEMAKER_INFERENCE_OUTPUT"]);
            Assert.Null(model.PrimaryContainer);
            var gone = await Assert.ThrowsAnyAsync<AutopilotServiceException>(() => sageMaker.DescribeModelAsync(new DescribeModelInput { ModelName = "Churn-Model" }));
            Assert.Equal(("ValidationException", HttpStatusCode.BadRequest, "Could not find model \"Churn-Model\"."), (gone.ErrorCode, gone.StatusCode, gone.Message));
        }

        [Fact]
        public async Task MissingAndDuplicateModelsAreValidationExceptionsInTheServicesWords()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync();
            ISageMakerApi sageMaker = server.SageMaker();
            await sageMaker.CreateModelAsync(Deployments.Model("taken"));

            var duplicate = await Assert.ThrowsAnyAsync<AutopilotServiceException>(() => sageMaker.CreateModelAsync(Deployments.Model("TAKEN")));
            var delete = await Assert.ThrowsAnyAsync<AutopilotServiceException>(() => sageMaker.DeleteModelAsync(new DeleteModelInput { ModelName = "ghost" }));
            var describe = await Assert.ThrowsAnyAsync<AutopilotServiceException>(() => sageMaker.DescribeModelAsync(new DescribeModelInput { ModelName = "ghost" }));

            Assert.Equal(("ValidationException", $"Cannot create already existing model \"arn:aws:sagemaker:{FakeSageMaker.Region}:000000000000:model/taken\"."), (duplicate.ErrorCode, duplicate.Message));
            Assert.Equal(("ValidationException", "Could not find model \"ghost\"."), (delete.ErrorCode, delete.Message));
            Assert.Equal(("ValidationException", "Could not find model \"ghost\"."), (describe.ErrorCode, describe.Message));
        }

        [Fact]
        public async Task AModelNeedsEitherAPrimaryContainerOrContainersAndAnImage()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync();
            ISageMakerApi sageMaker = server.SageMaker();
            CreateModelInput both = Deployments.Model("both");
            both.PrimaryContainer = both.Containers![0];
            CreateModelInput imageless = Deployments.Model("imageless");
            imageless.Containers![0].Image = null;

            var neither = await Assert.ThrowsAnyAsync<AutopilotServiceException>(() => sageMaker.CreateModelAsync(new CreateModelInput { ModelName = "neither", ExecutionRoleArn = Jobs.Role }));
            var twice = await Assert.ThrowsAnyAsync<AutopilotServiceException>(() => sageMaker.CreateModelAsync(both));
            var noImage = await Assert.ThrowsAnyAsync<AutopilotServiceException>(() => sageMaker.CreateModelAsync(imageless));

            Assert.Contains("specify PrimaryContainer or Containers", neither.Message);
            Assert.Contains("not both", twice.Message);
            Assert.Contains("Containers[0].Image is required", noImage.Message);
            Assert.Empty((await sageMaker.ListModelsAsync(new ListModelsInput())).Models!);
        }

        [Fact]
        public async Task ListModelsFiltersSortsAndPagesAsTheServiceDoes()
        {
            var clock = new ManualClock(Start);
            await using TestLocalServer server = await TestLocalServer.StartAsync(clock);
            ISageMakerApi sageMaker = server.SageMaker();
            var created = new Dictionary<string, DateTime>();
            foreach (string name in new[] { "churn-b", "Churn-A", "fraud-a", "churn-c" })
            {
                created[name] = clock.Advance(TimeSpan.FromSeconds(30));
                await sageMaker.CreateModelAsync(Deployments.Model(name));
            }

            // The default order is newest first.
            Assert.Equal(new[] { "churn-c", "fraud-a", "Churn-A", "churn-b" }, await NamesAsync(sageMaker, new ListModelsInput(), 3));
            Assert.Equal(new[] { "Churn-A", "churn-b", "churn-c" }, await NamesAsync(sageMaker, new ListModelsInput { NameContains = "CHURN", SortBy = ModelSortKey.Name, SortOrder = OrderKey.Ascending }, 2));
            Assert.Equal(new[] { "Churn-A", "fraud-a" }, await NamesAsync(sageMaker, new ListModelsInput
            {
                CreationTimeAfter = created["churn-b"], CreationTimeBefore = created["churn-c"], SortOrder = OrderKey.Ascending,
            }, 1));
            ModelSummary summary = (await sageMaker.ListModelsAsync(new ListModelsInput { MaxResults = 1 })).Models!.Single();
            Assert.Equal((created["churn-c"], "churn-c"), (summary.CreationTime, summary.ModelName));
            Assert.EndsWith(":model/churn-c", summary.ModelArn);

            string token = (await sageMaker.ListModelsAsync(new ListModelsInput { MaxResults = 1 })).NextToken!;
            var misused = await Assert.ThrowsAnyAsync<AutopilotServiceException>(() => sageMaker.ListModelsAsync(new ListModelsInput { NextToken = token, SortBy = ModelSortKey.Name }));
            Assert.Equal("ValidationException", misused.ErrorCode);
        }

        private static async Task<List<string>> NamesAsync(ISageMakerApi sageMaker, ListModelsInput request, int pageSize)
        {
            var names = new List<string>();
            request.MaxResults = pageSize;
            for (int page = 0; page < 20; page++)
            {
                ListModelsOutput response = await sageMaker.ListModelsAsync(request);
                Assert.True(response.Models!.Count <= pageSize);
                names.AddRange(response.Models.Select(m => m.ModelName!));
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
