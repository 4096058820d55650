# Makefile: builds build/unode (C core on the pinned QuickJS, library embedded as bytecode),
# runs the sample (make run) and every test (make test). See README.md.
CC := gcc
BUILD ?= build
QJS ?= $(BUILD)/quickjs
QJS_SRC := $(QJS)/src
QJS_STAMP := $(QJS)/.unpacked
QJS_NAMES := quickjs libregexp libunicode cutils dtoa
QJS_CFLAGS := -O2 -g -fwrapv -D_GNU_SOURCE -DCONFIG_VERSION=\"2025-04-26\" -w
UN_CFLAGS := -std=c11 -O2 -g -Wall -Wextra -Werror -D_GNU_SOURCE -isystem $(QJS_SRC) -Isrc
SAN_FLAGS := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
# Every C module in src/ except the two programs; each has one un_<name>_init.
CORE_NAMES := $(filter-out main jsc,$(basename $(notdir $(wildcard src/*.c))))
# libcrypto and zlib are linked statically: resolving libcrypto's symbols at every start cost
# 2.4 M instructions, a fifth of hello world's start-up (docs/performance.md).
LIBS := -Wl,-Bstatic -lcrypto -lz -Wl,-Bdynamic -lm -lpthread -ldl
LIB_JS := $(shell find lib -name '*.js' | LC_ALL=C sort)
DEPS_STAMP := $(BUILD)/.deps

.PHONY: all run test test-asan asan fuzz bench qjs clean deps
all: $(BUILD)/unode

deps: $(DEPS_STAMP)
$(DEPS_STAMP): tools/deps.sh
	@mkdir -p $(BUILD)
	tools/deps.sh
	@touch $@

$(QJS_STAMP): tools/fetch-quickjs.sh $(wildcard patches/quickjs-*.patch) | $(DEPS_STAMP)
	tools/fetch-quickjs.sh $(QJS)
	@touch $@

# ---- QuickJS objects, plain and sanitized ----
$(BUILD)/obj/qjs-%.o: $(QJS_STAMP)
	@mkdir -p $(dir $@)
	$(CC) $(QJS_CFLAGS) -c $(QJS_SRC)/$*.c -o $@
$(BUILD)/asan/obj/qjs-%.o: $(QJS_STAMP)
	@mkdir -p $(dir $@)
	$(CC) $(QJS_CFLAGS) $(SAN_FLAGS) -c $(QJS_SRC)/$*.c -o $@

# ---- the embedded library ----
$(BUILD)/jsc: src/jsc.c $(addprefix $(BUILD)/obj/qjs-,$(addsuffix .o,$(QJS_NAMES)))
	$(CC) $(UN_CFLAGS) -o $@ $^ -lm -lpthread
$(BUILD)/gen/lib_bytecode.c: $(BUILD)/jsc $(LIB_JS)
	@mkdir -p $(dir $@)
	@echo "  JSC   $@ ($(words $(LIB_JS)) modules)"
	@$(BUILD)/jsc $@ lib $(LIB_JS)

# ---- unode ----
$(BUILD)/obj/%.o: src/%.c src/unode.h $(QJS_STAMP)
	@mkdir -p $(dir $@)
	$(CC) $(UN_CFLAGS) -c $< -o $@
$(BUILD)/asan/obj/%.o: src/%.c src/unode.h $(QJS_STAMP)
	@mkdir -p $(dir $@)
	$(CC) $(UN_CFLAGS) $(SAN_FLAGS) -c $< -o $@
$(BUILD)/obj/lib_bytecode.o: $(BUILD)/gen/lib_bytecode.c
	$(CC) $(UN_CFLAGS) -c $< -o $@
$(BUILD)/asan/obj/lib_bytecode.o: $(BUILD)/gen/lib_bytecode.c
	@mkdir -p $(dir $@)
	$(CC) $(UN_CFLAGS) $(SAN_FLAGS) -c $< -o $@

CORE_OBJS := $(addprefix $(BUILD)/obj/,$(addsuffix .o,$(CORE_NAMES) lib_bytecode)) \
             $(addprefix $(BUILD)/obj/qjs-,$(addsuffix .o,$(QJS_NAMES)))
ASAN_CORE_OBJS := $(addprefix $(BUILD)/asan/obj/,$(addsuffix .o,$(CORE_NAMES) lib_bytecode)) \
                  $(addprefix $(BUILD)/asan/obj/qjs-,$(addsuffix .o,$(QJS_NAMES)))

$(BUILD)/unode: $(BUILD)/obj/main.o $(CORE_OBJS)
	$(CC) -o $@ $^ $(LIBS)
$(BUILD)/asan/unode: $(BUILD)/asan/obj/main.o $(ASAN_CORE_OBJS)
	$(CC) $(SAN_FLAGS) -o $@ $^ $(LIBS)
asan: $(BUILD)/asan/unode

# ---- C tests ----
$(BUILD)/tests/%: tests/c/%.c $(ASAN_CORE_OBJS)
	@mkdir -p $(dir $@)
	$(CC) $(UN_CFLAGS) $(SAN_FLAGS) -o $@ $^ $(LIBS)
C_TESTS := $(patsubst tests/c/%.c,$(BUILD)/tests/%,$(wildcard tests/c/*.c))

# ---- fuzzing (clang's libFuzzer) ----
# The targets exercise the pure C pieces (marshalling, intrinsics), not the library.
FUZZ_SRCS := src/sys.c src/intrinsics.c src/http_parser.c src/zlib.c fuzz/support/pool_stub.c
$(BUILD)/fuzz/%: fuzz/%.c $(FUZZ_SRCS) src/unode.h $(QJS_STAMP)
	@mkdir -p $(dir $@)
	clang -std=c11 -g -O1 -D_GNU_SOURCE -I$(QJS_SRC) -Isrc -fsanitize=fuzzer,address,undefined \
	  -o $@ $< $(FUZZ_SRCS) \
	  $(addprefix $(QJS_SRC)/,$(addsuffix .c,$(QJS_NAMES))) -DCONFIG_VERSION=\"2025-04-26\" -fwrapv -w $(LIBS)
FUZZERS := $(patsubst fuzz/%.c,$(BUILD)/fuzz/%,$(wildcard fuzz/*.c))
fuzz: $(FUZZERS)

# ---- entry points ----
run: $(BUILD)/unode
	$(BUILD)/unode examples/hello.js

test: $(BUILD)/unode $(BUILD)/asan/unode $(C_TESTS) $(FUZZERS)
	tests/run.sh

qjs: $(QJS)/qjs
$(QJS)/qjs: $(QJS_STAMP)
	$(MAKE) -C $(QJS_SRC) qjs CONFIG_LTO= >/dev/null
	cp $(QJS_SRC)/qjs $@

$(BUILD)/bench-spawn: bench/spawn.c
	$(CC) -O2 -Wall -Wextra -Werror -o $@ $<

bench: $(BUILD)/unode $(QJS)/qjs $(BUILD)/bench-spawn
	bench/run.sh

clean:
	rm -rf $(BUILD)/obj $(BUILD)/asan $(BUILD)/gen $(BUILD)/tests $(BUILD)/fuzz $(BUILD)/unode $(BUILD)/jsc
