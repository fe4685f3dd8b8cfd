using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("ContactCenter.Tests")]
