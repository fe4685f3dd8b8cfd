global using ContactCenter.Contracts;
global using Orleans;
global using Xunit;
