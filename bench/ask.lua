-- wrk script: GET /api/ask with each request taking the next question from bench/questions.txt,
-- so the index sees varied queries rather than one cached path.
local questions = {}
local dir = (debug.getinfo(1, "S").source:match("^@(.*/)") or "./")
for line in io.lines(dir .. "questions.txt") do
  if line ~= "" then
    questions[#questions + 1] = line
  end
end

local function encode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local paths = {}
for i, q in ipairs(questions) do
  paths[i] = "/api/ask?q=" .. encode(q)
end

local counter = 0
function setup(thread)
  thread:set("offset", counter * 7)
  counter = counter + 1
end

-- DISTINCT=1 appends a running number to every question, so no two requests ask the same text
-- and the server's cache of recent answers never helps: the cost of answering new questions.
local distinct = os.getenv("DISTINCT") == "1"
local n = 0
request = function()
  n = n + 1
  local path = paths[((n + (offset or 0)) % #paths) + 1]
  if distinct then
    path = path .. "+" .. tostring((offset or 0) * 100000000 + n)
  end
  return wrk.format("GET", path)
end
