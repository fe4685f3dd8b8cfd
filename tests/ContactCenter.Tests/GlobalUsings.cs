global using ContactCenter.Contracts;
global using ContactCenter.Tests.Infrastructure;
global using Xunit;
