using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("ContactCenter.Load.Tests")]
