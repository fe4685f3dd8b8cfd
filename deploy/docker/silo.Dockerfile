# The headless silo host. Build from the repository root:
#   docker build -f deploy/docker/silo.Dockerfile -t contact-center/silo .
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY grains/ grains/
COPY silo/ silo/
RUN dotnet publish silo/ContactCenter.Silo.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app ./
COPY deploy/docker/healthcheck.sh ./
# The silo binds loopback unless ASPNETCORE_URLS is set (it ignores ASPNETCORE_HTTP_PORTS, which the
# base image sets; cleared here so Kestrel does not warn that URLS overrides it).
# /metrics answers only on its own port 9464 (nothing else is served there): scrape it on the container
# network, and never publish it. See README "Who may read /metrics".
ENV ASPNETCORE_URLS=http://+:5081 \
    ASPNETCORE_HTTP_PORTS="" \
    Metrics__Port=9464
# HTTP (health), silo-to-silo, client gateway, metrics.
EXPOSE 5081 11111 30000 9464
USER $APP_UID
ENTRYPOINT ["dotnet", "ContactCenter.Silo.dll"]
