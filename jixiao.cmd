@echo off
rem jixiao launcher for Windows (cmd.exe or PowerShell): what ./jixiao does on Linux and macOS.
rem It builds the CLI's shaded jar (cli\target\jixiao.jar) with mvnw.cmd when it is missing or older than the
rem sources, then runs it. generate, bench and manpage are not in that jar: they run from jixiao-tools
rem (tools\target\jixiao-tools.jar), built the same way when missing or stale.
rem Start-up: after a build, one-off training runs on the bundled data (score, store import, history, review,
rem monitor) list the classes they load, and one AppCDS archive of them all is dumped (cli\target\jixiao.jsa, ~7 s
rem once); every run maps it instead of loading them again.
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
rem review, monitor or store import of a bureau: C1 compiles a method after half the calls, so the workers leave the
rem interpreter sooner (docs/performance.md#compile-sooner). A bureau, as ./jixiao tells it: among the arguments after
rem the command, leaving out the values of --rules, --profile, -o/--out, -p/--progress, 100 folders or more, or a first
rem folder with 100 subfolders or more. Read here, not in a called label: CALL would parse the arguments again
rem (carets, percent signs, /?). SHIFT moves %%1 only; %%* stays whole for java below.
set "BULK=0"
if /i "%CMD%"=="review" set "BULK=1"
if /i "%CMD%"=="monitor" set "BULK=1"
if /i "%CMD%"=="store" if /i "%SUB%"=="import" set "BULK=1"
if not "%BULK%"=="1" goto :run
set "BULK_SEEN=0"
set "BULK_DIRS=0"
set "BULK_FIRST="
:bulk_next
if "%~1"=="" goto :bulk_count
if "%BULK_SEEN%"=="1" goto :bulk_arg
if /i "%~1"=="%CMD%" set "BULK_SEEN=1"
shift
goto :bulk_next
:bulk_arg
if "%~1"=="--rules" goto :bulk_value
if "%~1"=="--profile" goto :bulk_value
if "%~1"=="-o" goto :bulk_value
if "%~1"=="--out" goto :bulk_value
if "%~1"=="-p" goto :bulk_value
if "%~1"=="--progress" goto :bulk_value
if not exist "%~1\*" goto :bulk_shift
set /a BULK_DIRS+=1
if not defined BULK_FIRST set "BULK_FIRST=%~1"
goto :bulk_shift
:bulk_value
shift
:bulk_shift
shift
goto :bulk_next
:bulk_count
if %BULK_DIRS% GEQ 100 goto :bulk_yes
if not defined BULK_FIRST goto :run
rem dir without the user's DIRCMD defaults (/s would count nested folders), find.exe of Windows (not a Unix find)
set "DIRCMD="
set "BULK_N=0"
for /f %%N in ('dir /ad /b "%BULK_FIRST%" 2^>nul ^| "%SystemRoot%\System32\find.exe" /c /v ""') do set "BULK_N=%%N"
if %BULK_N% LSS 100 goto :run
:bulk_yes
set "OPTS=%OPTS% -XX:CompileThresholdScaling=0.5"
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

rem No archive yet (or one older than the jar): make it once from training runs on the bundled data, as ./jixiao
rem does -- score the seed department, import the bundled departments into a throw-away store and read one's history
rem back (by the seed's code, 410), review and monitor them --, each listing the classes it loaded; the lists, each
rem line once (a line twice makes the dump fail), become one static archive, written under a private name, then moved
rem in. A training that makes no archive leaves a marker (jixiao.jsa.failed): the next runs start plainly.
if exist "%JSA%" del /q "%JSA%" >nul 2>&1
set "FAILED=%JSA%.failed"
if not exist "%SEED%\targets.yaml" goto :plain
if not exist "%SEED%\actuals-example.yaml" goto :plain
call :newer "%FAILED%" "%JAR%"
if not errorlevel 1 goto :plain
set "WORK=%TEMP%\jixiao-cds-%RANDOM%%RANDOM%"
mkdir "%WORK%" >nul 2>&1 || goto :plain
set "TMP_JSA=%JSA%.%RANDOM%.tmp"
call :train score score "%SEED%\targets.yaml" --actuals "%SEED%\actuals-example.yaml" --format json
call :train import store import "%HERE%\indicators" --db "%WORK%\store"
call :train history history 410 --db "%WORK%\store" --format json
call :train review review "%HERE%\indicators" --format json -o "%WORK%\review.json"
call :train monitor monitor "%HERE%\indicators" --format json -o "%WORK%\monitor.json"
set "PS_W=%WORK:'=''%"
powershell -NoProfile -NonInteractive -ExecutionPolicy Bypass -Command "$s = New-Object 'System.Collections.Generic.HashSet[string]'; Get-ChildItem -LiteralPath '%PS_W%' -Filter '*.classes' | Sort-Object Name | ForEach-Object { Get-Content -LiteralPath $_.FullName } | Where-Object { $s.Add($_) } | Set-Content -LiteralPath '%PS_W%\all.classlist' -Encoding ASCII" >nul 2>&1
if exist "%WORK%\all.classlist" java -Xshare:dump "-XX:SharedClassListFile=%WORK%\all.classlist" "-XX:SharedArchiveFile=%TMP_JSA%" %QUIET% -cp "%JAR%" >nul 2>&1
if exist "%TMP_JSA%" move /y "%TMP_JSA%" "%JSA%" >nul 2>&1
if exist "%TMP_JSA%" del /q "%TMP_JSA%" >nul 2>&1
rmdir /s /q "%WORK%" >nul 2>&1
if exist "%JSA%" (
  if exist "%FAILED%" del /q "%FAILED%" >nul 2>&1
  goto :cds
)
type nul > "%FAILED%" 2>nul

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

:train
rem :train NAME ARGS... -- runs jixiao with ARGS, listing the classes it loads in %WORK%\NAME.classes; output dropped.
set "TRAIN=%~1"
shift
set "TRAIN_ARGS="
:train_args
if "%~1"=="" goto :train_run
set TRAIN_ARGS=%TRAIN_ARGS% "%~1"
shift
goto :train_args
:train_run
java %OPTS% "-XX:DumpLoadedClassList=%WORK%\%TRAIN%.classes" %QUIET% -jar "%JAR%" %TRAIN_ARGS% <nul >nul 2>&1
exit /b 0

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
