module example.invalid/summit

go 1.19
