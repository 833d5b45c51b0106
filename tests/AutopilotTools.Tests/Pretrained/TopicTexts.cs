using System;
using System.Collections.Generic;
using System.Linq;

namespace AutopilotTools.Tests.Pretrained
{
    /// <summary>
    /// Generated texts of known difficulty: one of three topics (animal, vehicle, food), told only by one noun in a
    /// neutral sentence. Training sentences use one set of nouns; the test paraphrases use other nouns and other
    /// sentences, never seen in training, so a bag of words has nothing to go on and only an encoder that knows the
    /// language can tell them apart.
    /// </summary>
    public static class TopicTexts
    {
        public static readonly string[] Labels = { "animal", "food", "vehicle" };

        private static readonly Dictionary<string, string[]> TrainingNouns = new Dictionary<string, string[]>
        {
            ["animal"] = new[] { "dog", "cat", "horse", "cow", "rabbit", "sheep", "lion", "tiger", "parrot", "goat" },
            ["vehicle"] = new[] { "car", "bus", "truck", "train", "bicycle", "motorcycle", "airplane", "boat", "taxi", "tram" },
            ["food"] = new[] { "bread", "cheese", "apple", "pizza", "soup", "rice", "pasta", "cake", "salad", "banana" },
        };

        private static readonly Dictionary<string, string[]> TestNouns = new Dictionary<string, string[]>
        {
            ["animal"] = new[] { "puppy", "kitten", "elephant", "giraffe", "zebra", "wolf", "monkey", "squirrel" },
            ["vehicle"] = new[] { "van", "scooter", "helicopter", "ferry", "lorry", "jeep", "subway", "limousine" },
            ["food"] = new[] { "sandwich", "noodles", "yogurt", "omelette", "pancake", "burrito", "croissant", "mango" },
        };

        private static readonly string[] TrainingSentences =
        {
            "I saw a {0} yesterday.",
            "There is a {0} near the house.",
            "My friend talked about the {0} all evening.",
            "We looked at a picture of a {0}.",
            "The {0} was in the news this morning.",
        };

        private static readonly string[] TestSentences =
        {
            "Have you ever noticed that {0} over there?",
            "Grandma mentioned a {0}, strangely.",
        };

        /// <summary>Every training noun in every training sentence (50 texts per topic), shuffled.</summary>
        public static List<(string Text, string Label)> Training() => Make(TrainingNouns, TrainingSentences).OrderBy(e => Stable(e.Text)).ToList();

        /// <summary>The unseen nouns in unseen sentences (16 texts per topic).</summary>
        public static List<(string Text, string Label)> Test() => Make(TestNouns, TestSentences);

        public static string Csv(IEnumerable<(string Text, string Label)> rows) =>
            "id,review,topic\n" + string.Concat(rows.Select((r, i) => $"{i},\"{r.Text.Replace("\"", "\"\"")}\",{r.Label}\n"));

        /// <summary>Chance: always answering the most common label.</summary>
        public static double Chance => 1.0 / Labels.Length;

        private static List<(string Text, string Label)> Make(Dictionary<string, string[]> nouns, string[] sentences) =>
            nouns.SelectMany(topic => topic.Value.SelectMany(noun => sentences.Select(s => (string.Format(s, noun), topic.Key)))).ToList();

        private static int Stable(string text) => text.Aggregate(17, (h, c) => unchecked(h * 31 + c));
    }
}
