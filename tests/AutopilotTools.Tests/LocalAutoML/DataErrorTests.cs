using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using AutopilotTools.Local.AutoML;
using AutopilotTools.Local.AutoML.Tabular;
using Xunit;

namespace AutopilotTools.Tests.LocalAutoML
{
    /// <summary>Data the engine cannot train on fails before any training, with a message fit for FailureReason.</summary>
    public sealed class DataErrorTests : IDisposable
    {
        private readonly TempDirectory _directory = new TempDirectory();

        public void Dispose() => _directory.Dispose();

        private Task<TrainingOutcome> Run(string content, string target = "y", string? problemType = null, string? objective = null, string? weight = null)
        {
            var path = _directory.Combine(Guid.NewGuid().ToString("N") + ".csv");
            File.WriteAllText(path, content);
            return TabularAutoML.RunAsync(new TabularJobSpec
            {
                TrainingPaths = new[] { path },
                TargetAttributeName = target,
                ProblemType = problemType,
                ObjectiveMetric = objective,
                SampleWeightAttributeName = weight,
                OutputDirectory = _directory.Combine("out"),
            });
        }

        private async Task<string> Failure(Task<TrainingOutcome> run) => (await Assert.ThrowsAsync<AutoMLDataException>(() => run)).Message;

        [Fact]
        public async Task A_missing_target_column_is_named_and_the_columns_listed()
        {
            var message = await Failure(Run("age,income,plan\n1,2,a\n3,4,b\n", target: "churn"));
            Assert.Equal("The target column 'churn' is not in the training data. Its columns are: age, income, plan.", message);
        }

        [Fact]
        public async Task A_missing_sample_weight_column_is_named()
        {
            var message = await Failure(Run("x,y\n1,a\n2,b\n", weight: "w"));
            Assert.Contains("The sample weight column 'w' is not in the training data", message);
        }

        [Fact]
        public async Task A_target_with_one_class_cannot_be_classified()
        {
            var message = await Failure(Run("x,y\n1,yes\n2,yes\n3,yes\n", problemType: "BinaryClassification"));
            Assert.Contains("The target column 'y' has only one class ('yes')", message);
        }

        [Fact]
        public async Task An_empty_file_a_header_without_rows_and_a_missing_file_are_refused()
        {
            Assert.Contains("is empty; a header row and at least one data row are needed", await Failure(Run("")));
            Assert.Contains("has a header but no rows", await Failure(Run("x,y\n\n")));

            var missing = _directory.Combine("absent.csv");
            var error = await Assert.ThrowsAsync<AutoMLDataException>(() => TabularAutoML.RunAsync(new TabularJobSpec
            {
                TrainingPaths = new[] { missing }, TargetAttributeName = "y", OutputDirectory = _directory.Combine("out"),
            }));
            Assert.Equal($"The training file '{missing}' does not exist.", error.Message);
        }

        [Fact]
        public async Task Malformed_CSV_names_the_file_and_the_line()
        {
            Assert.Contains("has 3 fields on line 3 but 2 columns in its header", await Failure(Run("x,y\n1,a\n2,b,c\n")));
            Assert.Contains("a quoted field that starts on line 2 is never closed", await Failure(Run("x,y\n\"1,a\n2,b\n")));
            Assert.Contains("names the column 'x' twice", await Failure(Run("x,x,y\n1,2,a\n")));
        }

        [Fact]
        public async Task Rows_without_a_target_are_dropped_and_none_left_is_an_error()
        {
            Assert.Contains("Every training row lacks a value in the target column 'y'", await Failure(Run("x,y\n1,\n2,NA\n")));
        }

        [Fact]
        public async Task A_regression_target_must_be_numeric_and_a_binary_one_two_valued()
        {
            Assert.Contains("holds 'abc', which is not a number", await Failure(Run("x,y\n1,2.5\n2,abc\n3,4\n", problemType: "Regression")));
            Assert.Contains("has 3 classes ('a', 'b', 'c') but the problem type is BinaryClassification", await Failure(Run("x,y\n1,a\n2,b\n3,c\n", problemType: "BinaryClassification")));
        }

        [Fact]
        public async Task An_objective_that_does_not_fit_the_inferred_problem_type_is_explained()
        {
            var message = await Failure(Run("x,y\n1,a\n2,b\n3,a\n4,b\n", objective: "MSE"));
            Assert.Contains("The objective metric MSE does not apply to BinaryClassification", message);
            Assert.Contains("inferred from the target column 'y'", message);
        }

        [Fact]
        public async Task Data_with_nothing_to_learn_from_says_why_each_column_was_dropped()
        {
            var rows = string.Join("\n", Enumerable.Range(1, 30).Select(i => $"{i},eu,{(i % 2 == 0 ? "a" : "b")}"));
            var message = await Failure(Run("id,region,y\n" + rows + "\n"));
            Assert.Contains("No column is left to learn from", message);
            Assert.Contains("'id' is dropped (whole numbers, distinct in every row", message);
            Assert.Contains("'region' is dropped (every row holds 'eu')", message);
        }
    }
}
