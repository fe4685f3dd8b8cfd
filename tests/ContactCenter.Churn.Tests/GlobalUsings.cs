global using ContactCenter.Contracts;
global using Xunit;
