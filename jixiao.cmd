@echo off
rem jixiao launcher for Windows (cmd.exe or PowerShell): what ./jixiao does on Linux and macOS.
rem It builds the CLI's shaded jar (cli\target\jixiao.jar) with mvnw.cmd when it is missing or older than the
rem sources, then runs it. generate, bench and manpage are not in that jar: they run from jixiao-tools
rem (tools\target\jixiao-tools.jar), built the same way when missing or stale.
rem Start-up: after a build, a one-off training run (scoring the bundled guangyang department) writes an AppCDS
rem archive of the classes it loaded (cli\target\jixiao.jsa); every run maps it instead of loading them again.
rem Every command but bench runs with the C1 JIT and the serial collector. JIXIAO_NO_CDS=1 turns the archive
rem off; JIXIAO_JAVA_OPTS adds JVM options (they come last, so -XX:TieredStopAtLevel=4 restores C2). Any problem
rem with the archive falls back to a plain start, silently. Dates are compared with PowerShell (part of every supported Windows).
rem This file is ASCII with CRLF line ends on purpose: cmd.exe reads it in the console's code page.
setlocal EnableExtensions DisableDelayedExpansion

set "HERE=%~dp0"
if "%HERE:~-1%"=="\" set "HERE=%HERE:~0,-1%"
set "JAR=%HERE%\cli\target\jixiao.jar"
set "JSA=%HERE%\cli\target\jixiao.jsa"
set "TOOLS_JAR=%HERE%\tools\target\jixiao-tools.jar"
set "SEED=%HERE%\indicators\guangyang\2023"
set "QUIET=-Xlog:cds*=off -Xlog:class+path*=off"
set "OPTS=-XX:+IgnoreUnrecognizedVMOptions"

rem The command and the word after it, past --lang zh|en (accepted before or after the arguments).
set "W1=%~1"
set "W2=%~2"
set "W3=%~3"
set "W4=%~4"
set "CMD=%W1%"
set "SUB=%W2%"
if /i "%W1%"=="--lang" (
  set "CMD=%W3%"
  set "SUB=%W4%"
) else if /i "%W1:~0,7%"=="--lang=" (
  set "CMD=%W2%"
  set "SUB=%W3%"
)
if /i "%SUB%"=="--lang" if /i "%CMD%"=="%W1%" set "SUB=%W4%"

set "TOOLS=0"
if /i "%CMD%"=="bench" goto :bench
if /i "%CMD%"=="generate" set "TOOLS=1"
if /i "%CMD%"=="manpage" set "TOOLS=1"
if /i "%CMD%"=="help" (
  if /i "%SUB%"=="generate" set "TOOLS=1"
  if /i "%SUB%"=="bench" set "TOOLS=1"
  if /i "%SUB%"=="manpage" set "TOOLS=1"
)
rem C1 only and the serial collector: on 2 cores a cold score takes ~1.1 s instead of ~2.4 s (docs/performance.md)
set "OPTS=%OPTS% -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
goto :run

:bench
rem bench measures steady-state throughput: C2, the throughput collector, and a fixed 3 GiB heap touched up front
rem when the machine has 8 GiB or more and the user set no -Xms/-Xmx of their own (JIXIAO_JAVA_OPTS).
set "TOOLS=1"
set "OPTS=%OPTS% -XX:+UseParallelGC"
set "MEM_KB=0"
for /f "usebackq delims=" %%M in (`powershell -NoProfile -NonInteractive -Command "[math]::Floor((Get-CimInstance Win32_ComputerSystem).TotalPhysicalMemory / 1KB)" 2^>nul`) do set "MEM_KB=%%M"
set "OWN_HEAP=0"
if defined JIXIAO_JAVA_OPTS (
  echo(%JIXIAO_JAVA_OPTS%| findstr /r /c:"-Xm[sx]" >nul && set "OWN_HEAP=1"
)
if "%OWN_HEAP%"=="0" if %MEM_KB% GEQ 8388608 set "OPTS=%OPTS% -Xms3g -Xmx3g -XX:+AlwaysPreTouch"

:run
rem jixiao-tools: the generator, bench and the man pages, never in the product jar; no AppCDS archive of its own.
if "%TOOLS%"=="1" (
  call :stale "%TOOLS_JAR%" "engine,report,office,store,web,cli,tools"
  if errorlevel 1 (
    call :build "tools\target\jixiao-tools.jar" tools || exit /b 3
  )
  java %OPTS% %JIXIAO_JAVA_OPTS% -jar "%TOOLS_JAR%" %*
  goto :done
)

call :stale "%JAR%" "engine,report,office,store,web,cli"
if errorlevel 1 (
  call :build "cli\target\jixiao.jar" cli || exit /b 3
)

if defined JIXIAO_NO_CDS goto :plain
call :newer "%JSA%" "%JAR%"
if not errorlevel 1 goto :cds

rem No archive yet (or one older than the jar): make it once with a training run that scores a bundled seed
rem department (loading YAML, compiling the rules, scoring, writing JSON), under a private name, then move it in.
if exist "%JSA%" del /q "%JSA%" >nul 2>&1
set "TMP_JSA=%JSA%.%RANDOM%.tmp"
if exist "%SEED%\targets.yaml" if exist "%SEED%\actuals-example.yaml" (
  java -XX:+IgnoreUnrecognizedVMOptions "-XX:ArchiveClassesAtExit=%TMP_JSA%" %QUIET% -jar "%JAR%" score "%SEED%\targets.yaml" --actuals "%SEED%\actuals-example.yaml" --format json >nul 2>&1
  if exist "%TMP_JSA%" move /y "%TMP_JSA%" "%JSA%" >nul 2>&1
  if exist "%TMP_JSA%" del /q "%TMP_JSA%" >nul 2>&1
)
if exist "%JSA%" goto :cds

:plain
java %OPTS% %JIXIAO_JAVA_OPTS% -jar "%JAR%" %*
goto :done

:cds
java %OPTS% "-XX:SharedArchiveFile=%JSA%" %QUIET% %JIXIAO_JAVA_OPTS% -jar "%JAR%" %*

:done
set "RC=%ERRORLEVEL%"
endlocal & exit /b %RC%

rem ---- subroutines -----------------------------------------------------------------------------------------

:stale
rem :stale JAR "module,module,..." -- errorlevel 1 when JAR is missing or older than the sources of a module,
rem rules\ or a pom.xml; 0 when it is current.
if not exist "%~1" exit /b 1
set "PS_JAR=%~1"
set "PS_JAR=%PS_JAR:'=''%"
set "PS_HERE=%HERE:'=''%"
powershell -NoProfile -NonInteractive -ExecutionPolicy Bypass -Command "$t = (Get-Item -LiteralPath '%PS_JAR%').LastWriteTimeUtc; $r = '%PS_HERE%'; $p = @($r + '\rules', $r + '\pom.xml'); foreach ($m in '%~2'.Split(',')) { $p += $r + '\' + $m + '\src\main'; $p += $r + '\' + $m + '\pom.xml' }; $n = Get-ChildItem -LiteralPath $p -Recurse -File -ErrorAction SilentlyContinue | Where-Object { $_.LastWriteTimeUtc -gt $t } | Select-Object -First 1; if ($n) { exit 1 } else { exit 0 }"
exit /b %ERRORLEVEL%

:newer
rem :newer A B -- errorlevel 0 when file A exists and was written after file B, else 1.
if not exist "%~1" exit /b 1
if not exist "%~2" exit /b 0
set "PS_A=%~1"
set "PS_A=%PS_A:'=''%"
set "PS_B=%~2"
set "PS_B=%PS_B:'=''%"
powershell -NoProfile -NonInteractive -ExecutionPolicy Bypass -Command "if ((Get-Item -LiteralPath '%PS_A%').LastWriteTimeUtc -gt (Get-Item -LiteralPath '%PS_B%').LastWriteTimeUtc) { exit 0 } else { exit 1 }"
exit /b %ERRORLEVEL%

:build
rem :build "jar as shown" MODULE -- mvnw.cmd package of MODULE and the modules it needs, tests skipped, and the
rem engine's javadoc and sources jars too (a library's, not the launcher's: mvnw.cmd -B verify builds them).
echo jixiao: building %~1 (first use or sources changed) ... 1>&2
pushd "%HERE%"
call mvnw.cmd -B -q -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true -pl %~2 -am package 1>&2
set "BUILD_RC=%ERRORLEVEL%"
popd
if not "%BUILD_RC%"=="0" (
  echo jixiao: build failed; run mvnw.cmd -B package to see why 1>&2
  exit /b 3
)
exit /b 0
