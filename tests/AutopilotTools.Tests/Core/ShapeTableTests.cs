using System.Collections.Generic;
using System.Linq;
using AutopilotTools.Model;
using Xunit;

namespace AutopilotTools.Tests.Core
{
    /// <summary>ServiceShapes.All makes each rule when it is first asked for; it must still behave as the whole table.</summary>
    public sealed class ShapeTableTests
    {
        [Fact]
        public void EveryNameHasItsRuleAndEnumeratingGivesEachOnce()
        {
            var names = ServiceShapes.All.Keys.ToList();

            Assert.Equal(ServiceShapes.All.Count, names.Count);
            Assert.Equal(names.Count, names.Distinct().Count());
            Assert.All(ServiceShapes.All, entry => Assert.Equal(entry.Key, entry.Value.Name));
            Assert.Equal(names, ServiceShapes.All.Values.Select(rule => rule.Name));
        }

        [Fact]
        public void ARuleIsMadeOnceAndKept()
        {
            Assert.Same(ServiceShapes.All["AutoMLJobName"], ServiceShapes.All["AutoMLJobName"]);
            Assert.Equal(typeof(AutoMLChannel), ServiceShapes.All["AutoMLChannel"].ClrType);
            Assert.Equal(AutoMLJobStatus.Values, ServiceShapes.All["AutoMLJobStatus"].Enum);
        }

        [Theory]
        [InlineData("NoSuchShape")]
        [InlineData("autoMLJobName")]
        [InlineData("")]
        public void ANameTheModelDoesNotHaveIsNotThere(string name)
        {
            Assert.False(ServiceShapes.All.ContainsKey(name));
            var error = Assert.Throws<KeyNotFoundException>(() => ServiceShapes.All[name]);
            Assert.Contains("'" + name + "'", error.Message);
        }
    }
}
