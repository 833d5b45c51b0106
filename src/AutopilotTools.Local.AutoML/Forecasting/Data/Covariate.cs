using System.Collections.Generic;

namespace AutopilotTools.Local.AutoML.Forecasting.Data
{
    /// <summary>
    /// A column beside target, timestamp and keys: numeric, or categorical with its categories coded in the order
    /// training met them (the code is what models see; a category unknown at training is missing).
    /// </summary>
    internal sealed class Covariate
    {
        public string Name { get; set; } = "";

        public bool Categorical { get; set; }

        public List<string> Categories { get; set; } = new List<string>();

        public double Code(string value)
        {
            int index = Categories.IndexOf(value);
            return index < 0 ? double.NaN : index;
        }
    }
}
