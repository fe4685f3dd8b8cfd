global using System.Text.Json.Nodes;
global using ContactCenter.Deploy.Tests.Checks;
global using ContactCenter.Deploy.Tests.Support;
global using Xunit;
