namespace AutopilotTools.Loading
{
    /// <summary>Hooks the runtime's assembly resolution for the module's dependencies, and unhooks it on Remove-Module.</summary>
    internal interface IDependencyResolver
    {
        void Attach();

        void Detach();
    }
}
