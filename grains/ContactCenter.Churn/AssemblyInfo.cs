using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("ContactCenter.Churn.Tests")]
