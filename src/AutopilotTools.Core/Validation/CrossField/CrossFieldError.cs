namespace AutopilotTools.Validation.CrossField
{
    internal static class CrossFieldError
    {
        public static ValidationError At(string path, object? value, string message) =>
            new ValidationError(path, value, ValidationRule.CrossField, message);
    }
}
