print("csdash")
