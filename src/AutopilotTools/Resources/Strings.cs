using System.Globalization;
using System.Resources;

namespace AutopilotTools.Resources
{
    /// <summary>Messages from Strings.resx, looked up by their ErrorId.</summary>
    internal static class Strings
    {
        private static readonly ResourceManager Manager = new ResourceManager("AutopilotTools.Resources.Strings", typeof(Strings).Assembly);

        public static string Format(string key, params object?[] args)
        {
            string template = Manager.GetString(key, CultureInfo.CurrentUICulture) ?? key;
            return args.Length == 0 ? template : string.Format(CultureInfo.CurrentCulture, template, args);
        }
    }
}
