using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using AutopilotTools.Client.Pipeline;
using AutopilotTools.Json;
using AutopilotTools.Model;
using Xunit;

namespace AutopilotTools.Tests.Wire
{
    /// <summary>
    /// The client reads and writes through a reader and writer generated per model class (WireJson); the local server
    /// and the rest of the module through the serializer (ServiceJson). Both must give the same documents for every
    /// request and response.
    /// </summary>
    public sealed class WireJsonTests
    {
        public static TheoryData<Type> WireTypes()
        {
            var types = new TheoryData<Type>();
            foreach (Type type in SageMakerOperations.All.SelectMany(op => new[] { op.Request, op.Response ?? typeof(EmptyResponse) }).Distinct())
            {
                types.Add(type);
            }

            return types;
        }

        [Theory]
        [MemberData(nameof(WireTypes))]
        public void EveryRequestAndResponseIsKnown(Type type)
        {
            Assert.True(WireJson.Knows(type), type.Name);
        }

        [Theory]
        [MemberData(nameof(WireTypes))]
        public void TheGeneratedCodeWritesAndReadsWhatTheSerializerDoes(Type type)
        {
            object sample = FilledModels.Of(type);
            string bySerializer = Encoding.UTF8.GetString(ServiceJson.Serialize(sample, type));
            string generated = Encoding.UTF8.GetString(WireJson.Serialize(sample, type));

            Assert.Equal(bySerializer, generated);
            Assert.All(
                type.GetProperties().Where(p => p.GetCustomAttribute<ApiMemberAttribute>() != null),
                member => Assert.Contains("\"" + member.Name + "\":", generated));

            object read = Deserialize(type, generated);
            Assert.Equal(bySerializer, Encoding.UTF8.GetString(ServiceJson.Serialize(read, type)));
        }

        [Fact]
        public void MembersTheModelDoesNotKnowAndTimestampsInEitherFormRead()
        {
            const string wire = "{\"automljobname\":\"j\",\"Unmodeled\":{\"A\":[1,\"two\"]},\"CreationTime\":\"2023-11-14T22:13:20.5Z\",\"EndTime\":1700000000.5}";

            var response = WireJson.Deserialize<DescribeAutoMLJobV2Response>(Encoding.UTF8.GetBytes(wire));

            Assert.Equal("j", response.AutoMLJobName);
            Assert.Equal("{\"A\":[1,\"two\"]}", NewerMembers.Of(response)["Unmodeled"].GetRawText());
            Assert.Equal(new DateTime(2023, 11, 14, 22, 13, 20, 500, DateTimeKind.Utc), response.CreationTime);
            Assert.Equal(response.CreationTime, response.EndTime);
            Assert.Equal(
                "{\"AutoMLJobName\":\"j\",\"CreationTime\":1700000000.5,\"EndTime\":1700000000.5,\"Unmodeled\":{\"A\":[1,\"two\"]}}",
                Encoding.UTF8.GetString(WireJson.Serialize(response, typeof(DescribeAutoMLJobV2Response))));
        }

        [Fact]
        public void NullMembersAreAbsentAndNullElementsStay()
        {
            const string wire = "{\"AutoMLJobName\":null,\"CreationTime\":null,\"AutoMLJobInputDataConfig\":[null],\"OutputDataConfig\":null}";

            var response = WireJson.Deserialize<DescribeAutoMLJobV2Response>(Encoding.UTF8.GetBytes(wire));
            var bySerializer = ServiceJson.Deserialize<DescribeAutoMLJobV2Response>(Encoding.UTF8.GetBytes(wire));

            Assert.Null(response.AutoMLJobName);
            Assert.Null(response.CreationTime);
            Assert.Null(response.OutputDataConfig);
            Assert.Equal(new AutoMLJobChannel?[] { null }, response.AutoMLJobInputDataConfig!);
            Assert.Equal(
                Encoding.UTF8.GetString(ServiceJson.Serialize(bySerializer, typeof(DescribeAutoMLJobV2Response))),
                Encoding.UTF8.GetString(WireJson.Serialize(response, typeof(DescribeAutoMLJobV2Response))));
        }

        [Theory]
        [InlineData("{\"CreationTime\":true}", "not True")]
        [InlineData("{\"AutoMLJobName\":5}", "Expected a string")]
        [InlineData("{\"AutoMLJobInputDataConfig\":{}}", "Expected an array")]
        [InlineData("{\"OutputDataConfig\":[]}", "Expected an object (AutoMLOutputDataConfig)")]
        [InlineData("{\"AutoMLJobName\":\"j\"} {}", "after a single JSON value")]
        [InlineData("[]", "Expected an object (DescribeAutoMLJobV2Response)")]
        public void DocumentsOfTheWrongShapeAreRefusedSayingWhere(string wire, string message)
        {
            var error = Assert.ThrowsAny<JsonException>(() => WireJson.Deserialize<DescribeAutoMLJobV2Response>(Encoding.UTF8.GetBytes(wire)));

            Assert.Contains(message, error.Message);
        }

        [Fact]
        public void ATypeOutsideTheServiceModelIsRefused()
        {
            var error = Assert.Throws<InvalidOperationException>(() => WireJson.Serialize(new object(), typeof(Uri)));

            Assert.Contains("Uri is not a request or response", error.Message);
        }

        private static object Deserialize(Type type, string json) => WireJson.Deserialize(Encoding.UTF8.GetBytes(json), type)!;

        /// <summary>Model objects with every member set, nested structures and collections of one included.</summary>
        private static class FilledModels
        {
            private const int DeepestStructure = 6;

            public static object Of(Type type) => Value(type, 0)!;

            private static object? Value(Type type, int depth)
            {
                Type plain = Nullable.GetUnderlyingType(type) ?? type;
                switch (Type.GetTypeCode(plain))
                {
                    case TypeCode.String: return "text <ä> \"quoted\"\n";
                    case TypeCode.Int32: return 7;
                    case TypeCode.Int64: return 7_000_000_000L;
                    case TypeCode.Double: return 0.25;
                    case TypeCode.Boolean: return true;
                    case TypeCode.DateTime: return new DateTime(2026, 1, 2, 3, 4, 5, 678, DateTimeKind.Utc);
                }

                if (plain.IsGenericType && plain.GetGenericTypeDefinition() == typeof(List<>))
                {
                    var list = (IList)Activator.CreateInstance(plain)!;
                    list.Add(Value(plain.GetGenericArguments()[0], depth));
                    return list;
                }

                if (plain.IsGenericType && plain.GetGenericTypeDefinition() == typeof(Dictionary<,>))
                {
                    var map = (IDictionary)Activator.CreateInstance(plain)!;
                    map.Add("key", Value(plain.GetGenericArguments()[1], depth));
                    return map;
                }

                if (depth > DeepestStructure)
                {
                    return null;
                }

                object structure = Activator.CreateInstance(plain)!;
                foreach (PropertyInfo member in plain.GetProperties().Where(p => p.GetCustomAttribute<ApiMemberAttribute>() != null))
                {
                    member.SetValue(structure, Value(member.PropertyType, depth + 1));
                }

                return structure;
            }
        }
    }
}
