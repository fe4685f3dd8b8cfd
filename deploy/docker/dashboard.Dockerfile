# The dashboard (web app, HTTP API, SignalR hub). Build from the repository root:
#   docker build -f deploy/docker/dashboard.Dockerfile -t contact-center/dashboard .
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY grains/ grains/
COPY dashboard/ dashboard/
RUN dotnet publish dashboard/ContactCenter.Dashboard.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app ./
COPY deploy/docker/healthcheck.sh ./
# /metrics answers only on its own port 9464 (nothing else is served there): scrape it on the container
# network, and never publish it. For HTTPS see README "Serving HTTPS".
ENV ASPNETCORE_URLS=http://+:5080 \
    ASPNETCORE_HTTP_PORTS="" \
    Metrics__Port=9464
# The web app and API; metrics.
EXPOSE 5080 9464
USER $APP_UID
ENTRYPOINT ["dotnet", "ContactCenter.Dashboard.dll"]
