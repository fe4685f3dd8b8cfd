global using Microsoft.Playwright;
global using Xunit;
