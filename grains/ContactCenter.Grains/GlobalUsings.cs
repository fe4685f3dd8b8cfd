global using ContactCenter.Contracts;
global using ContactCenter.Contracts.Validation;
global using Microsoft.Extensions.Logging;
global using Orleans;
global using Orleans.Concurrency;
global using Orleans.Runtime;
