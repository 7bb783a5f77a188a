# syntax=docker/dockerfile:1
# Build with the Maven wrapper, run the fat jar on a JRE. The same image serves every node.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -ntp dependency:go-offline
COPY src src
COPY processes processes
RUN ./mvnw -B -ntp -DskipTests package && cp target/commendation-workflow-*.jar /src/app.jar

FROM eclipse-temurin:17-jre
# curl for the health check
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /app app
WORKDIR /app
COPY --from=build /src/app.jar /app/app.jar
USER app
ENV TZ=Asia/Ho_Chi_Minh \
    JAVA_TOOL_OPTIONS="-Duser.timezone=Asia/Ho_Chi_Minh -Dfile.encoding=UTF-8 -XX:MaxRAMPercentage=75"
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=5 \
  CMD curl -fsS http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
