# syntax=docker/dockerfile:1
# Build: docker build -t loa .
# Run:   docker run -p 8080:8080 -v loa-content:/app/content -v loa-data:/app/data loa
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -ntp -q dependency:go-offline
COPY src src
COPY routes routes
COPY templates templates
RUN mvn -B -ntp -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN groupadd --system loa && useradd --system --gid loa --home /app loa \
    && apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /src/target/loa.jar /app/loa.jar
COPY --from=build /src/target/lib /app/lib
COPY routes routes
COPY templates templates
COPY loa.yaml loa.yaml
COPY content/samples content/samples
RUN mkdir -p content data && chown -R loa:loa /app
USER loa
VOLUME ["/app/content", "/app/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD curl -fsS http://localhost:8080/health || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/loa.jar"]
CMD ["run"]
