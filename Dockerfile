# The rrp2epp command in a container (docker-compose.yml runs the gateways, the sandbox registry and the one-shot
# certificate maker from it). Built with the SDK, run on the ASP.NET Core runtime (the gateway is a Kestrel host).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore from the project files alone first, so a source change does not redo it.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Rrp2Epp.Rrp/Rrp2Epp.Rrp.csproj src/Rrp2Epp.Rrp/
COPY src/Rrp2Epp.Epp/Rrp2Epp.Epp.csproj src/Rrp2Epp.Epp/
COPY src/Rrp2Epp.Mapping/Rrp2Epp.Mapping.csproj src/Rrp2Epp.Mapping/
COPY src/Rrp2Epp.Gateway/Rrp2Epp.Gateway.csproj src/Rrp2Epp.Gateway/
COPY src/Rrp2Epp.Sandbox/Rrp2Epp.Sandbox.csproj src/Rrp2Epp.Sandbox/
COPY src/Rrp2Epp.Cli/Rrp2Epp.Cli.csproj src/Rrp2Epp.Cli/
RUN dotnet restore src/Rrp2Epp.Cli/Rrp2Epp.Cli.csproj
COPY src/ src/
# The mapping tables are embedded in Rrp2Epp.Mapping at build time.
COPY mappings/ mappings/
RUN dotnet publish src/Rrp2Epp.Cli/Rrp2Epp.Cli.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# openssl: deploy/make-certs.sh (the compose file's one-shot "certs" service) makes the demo certificates with it.
RUN apt-get update \
    && apt-get install -y --no-install-recommends openssl \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
COPY deploy/make-certs.sh deploy/
# The image's unprivileged user (UID 1654): the gateway needs no root, its listeners use ports above 1023.
USER $APP_UID
ENTRYPOINT ["dotnet", "/app/rrp2epp.dll"]
