using System.Linq;
using System.Reflection;

namespace ForceEstimates.Tests.Contracts;

/// <summary>Finds a type's own binary operator (both operands of that type), for the contracts to call when declared.</summary>
internal static class BinaryOperator
{
    /// <summary>The public static operator method named <paramref name="name"/> (e.g. "op_Equality") taking two <typeparamref name="T"/>, or null.</summary>
    internal static MethodInfo? Find<T>(string name)
        => typeof(T).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .SingleOrDefault(m => m.Name == name && m.GetParameters().Length == 2 && m.GetParameters().All(p => p.ParameterType == typeof(T)));
}
