global using ContactCenter.Contracts;
global using Microsoft.Extensions.Logging;
global using Orleans;
global using Orleans.Hosting;
global using Orleans.Runtime;
